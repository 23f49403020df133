"""Plausible demo data: real unit names of a metropolitan municipality and believable answers.

Used by ``maturity demo``, the benchmarks and the tests. Deterministic for a given seed.
"""

from __future__ import annotations

import random

from .questionnaire import Questionnaire
from .scoring import Answer

UNIT_NAMES = (
    "Bilgi İşlem Dairesi Başkanlığı",
    "İmar ve Şehircilik Dairesi Başkanlığı",
    "Ulaşım Dairesi Başkanlığı",
    "Çevre Koruma ve Kontrol Dairesi Başkanlığı",
    "İklim Değişikliği ve Sıfır Atık Dairesi Başkanlığı",
    "Fen İşleri Dairesi Başkanlığı",
    "Park ve Bahçeler Dairesi Başkanlığı",
    "İtfaiye Dairesi Başkanlığı",
    "Afet İşleri ve Risk Yönetimi Dairesi Başkanlığı",
    "Sağlık ve Sosyal Hizmetler Dairesi Başkanlığı",
    "Kültür ve Sosyal İşler Dairesi Başkanlığı",
    "Strateji Geliştirme Dairesi Başkanlığı",
    "Mali Hizmetler Dairesi Başkanlığı",
    "İnsan Kaynakları ve Eğitim Dairesi Başkanlığı",
    "Destek Hizmetleri Dairesi Başkanlığı",
    "Zabıta Dairesi Başkanlığı",
    "Emlak ve İstimlak Dairesi Başkanlığı",
    "Kırsal Hizmetler Dairesi Başkanlığı",
    "Tarımsal Hizmetler Dairesi Başkanlığı",
    "Gençlik ve Spor Hizmetleri Dairesi Başkanlığı",
    "Basın Yayın ve Halkla İlişkiler Dairesi Başkanlığı",
    "Hukuk Müşavirliği",
    "Rehberlik ve Teftiş Kurulu Başkanlığı",
    "Yazı İşleri ve Kararlar Dairesi Başkanlığı",
    "Etüd ve Projeler Dairesi Başkanlığı",
    "Deprem ve Zemin İnceleme Müdürlüğü",
    "Kadın ve Aile Hizmetleri Dairesi Başkanlığı",
    "Dış İlişkiler ve AB Şube Müdürlüğü",
    "BASKİ Genel Müdürlüğü",
    "Muhtarlık İşleri Dairesi Başkanlığı",
)

NOTES = (
    "Birim içinde pilot uygulama sürüyor; yaygınlaştırma için bütçe bekleniyor.",
    "Bilgi İşlem ile ortak çalışma planlandı, 2027 yatırım programına önerildi.",
    "Mevcut uygulama Excel tablolarıyla yürütülüyor.",
    "Veriler CBS katmanlarına aktarılmaya başlandı.",
    "Yüklenici sözleşmesi yıl sonunda yenilenecek; şartnameye veri paylaşımı maddesi eklenecek.",
    "",
    "",
)

EVIDENCE = (
    "Birim faaliyet raporu 2025, s. 14",
    "https://www.balikesir.bel.tr",
    "Meclis kararı 2025/112",
    "",
    "",
)


def unit_name(index: int) -> str:
    """A unit name for the index-th demo unit; beyond the real list, numbered branches."""
    if index < len(UNIT_NAMES):
        return UNIT_NAMES[index]
    base = UNIT_NAMES[index % len(UNIT_NAMES)]
    return f"{base} ({index // len(UNIT_NAMES) + 1}. Şube)"


def plausible_answers(
    questionnaire: Questionnaire, rng: random.Random, completeness: float = 1.0
) -> dict[str, Answer]:
    """Answers with a unit-wide tendency, dimension strengths, some N/A and notes."""
    tendency = rng.uniform(0.8, 3.2)
    answers = {}
    for dim in questionnaire.dimensions:
        strength = tendency + rng.uniform(-1.0, 1.0)
        for q in dim.questions:
            if rng.random() > completeness:
                continue
            if rng.random() < 0.04:
                answers[q.id] = Answer(
                    q.id,
                    not_applicable=True,
                    note="Biriminin görev alanı dışında; ilgili daire başkanlığı yürütüyor.",
                )
                continue
            current = max(0, min(5, round(rng.gauss(strength, 0.9))))
            target = min(5, current + rng.choice((0, 1, 1, 2, 2, 3)))
            answers[q.id] = Answer(
                q.id,
                current=current,
                target=target,
                note=rng.choice(NOTES),
                evidence=rng.choice(EVIDENCE),
            )
    return answers
