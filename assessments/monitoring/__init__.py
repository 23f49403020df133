"""Monitoring and evaluation of the action plan (issue 18): every six months each responsible
unit reports its actions' progress and its indicators' actual values on a form
(``forms``), the coordinator collects the forms (``collect``) into the database
(``store.monitoring``), and ``rates`` measures the plan: realisation rates per indicator,
target, goal and plan, delayed actions, units that have not reported. ``workbook`` writes the
monitoring workbook; ``cli`` adds ``maturity plan forms|collect|monitor``."""
