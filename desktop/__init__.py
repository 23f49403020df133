"""The Qt desktop app: a thin layer over the ``assessments`` core."""
