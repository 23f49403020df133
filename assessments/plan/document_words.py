"""The Word document's words, Turkish and English."""

from __future__ import annotations

W = {
    "cover_org": ("{city} Büyükşehir Belediyesi", "{city} Metropolitan Municipality"),
    "cover_period": ("Plan dönemi: {start}-{end}", "Plan period: {start}-{end}"),
    "cover_status": (
        "{status} · sürüm {version} · değerlendirme dönemi {round}",
        "{status} · version {version} · assessment round {round}",
    ),
    "cover_note": (
        "Ulusal Akıllı Şehirler Stratejisi ve Eylem Planı ile uyumlu olarak, kamu idareleri "
        "stratejik planlama kılavuzunun hedef kartı biçiminde hazırlanmıştır.",
        "Prepared in line with the National Smart Cities Strategy and Action Plan, in the "
        "target-card form of the public strategic-planning guide.",
    ),
    "toc": ("İçindekiler", "Contents"),
    "toc_hint": (
        "(İçindekiler tablosu: Word'de F9, LibreOffice'te Araçlar > Güncelle ile sayfa "
        "numaralarıyla güncellenir.)",
        "(Table of contents: update with F9 in Word or Tools > Update in LibreOffice for page "
        "numbers.)",
    ),
    "foreword": ("Önsöz", "Foreword"),
    "foreword_text": (
        "[Belediye Başkanının önsözü buraya yazılacaktır.]",
        "[The Mayor's foreword goes here.]",
    ),
    "method": ("Yöntem", "Method"),
    "method_text": (
        "Mevcut durum, belediye birimlerinin Akıllı Şehir Olgunluk Öz Değerlendirmesi "
        "({questionnaire}) "
        "yanıtlarından hesaplanmıştır. {round} döneminde {units} birim değerlendirme göndermiş; "
        "uygulanabilir {applicable} sorudan {answered} tanesi yanıtlanmıştır (tamamlanma "
        "{completeness}). "
        "Her uygulama 0 (yok) ile 5 (optimizasyon) arasında bir düzeyle yanıtlanır; bir boyutun "
        "puanı "
        "yanıtlanan soruların ağırlıklı ortalamasıdır, şehir puanı birimlerin boyut "
        "ortalamalarının "
        "boyut ağırlıklı ortalamasıdır. Kurum geneli uygulamalar sahip birimin yanıtıyla bir kez "
        "sayılır. "
        "Fark = hedef düzey - mevcut düzey; öncelik = ağırlık × fark; yasal asgarinin altında "
        "kalan "
        "uygulamalar (uyum açıkları) her zaman önce gelir.",
        "The current state is computed from the municipal units' answers to the Smart City "
        "Maturity "
        "Self-Assessment ({questionnaire}). In round {round}, {units} units sent an assessment; "
        "{answered} of {applicable} applicable questions were answered (completeness "
        "{completeness}). "
        "Each practice is answered with a level from 0 (not present) to 5 (optimisation); a "
        "dimension's score is the weighted mean of its answered questions, the city's score the "
        "dimension-weighted mean of the units' dimension means. Organisation-wide practices count "
        "once, by their owner unit's answer. Gap = target level - current level; priority = "
        "weight × "
        "gap; practices below their legal minimum (compliance gaps) always come first.",
    ),
    "method_draft": (
        "Taslak plan bu sayılardan tek adımda oluşturulmuştur: uyum açıkları önce, ardından "
        "birleşik "
        "çalışma kitabındaki öncelik sırası; her boyut bir amaç, her uygulama bir hedef ve bir "
        "eylemdir. "
        "Eylemler eylem kütüphanesinden önerilmiş, koordinatör ve birimler tarafından "
        "düzenlenmiştir.",
        "The draft was made from these numbers in one step: compliance gaps first, then the "
        "priority "
        "order of the consolidated workbook; each dimension is a goal, each practice a target and "
        "an "
        "action. The actions were suggested by the action library and edited by the coordinator "
        "and "
        "the units.",
    ),
    "state": ("Mevcut durum", "Current state"),
    "no_state": (
        "Bu belge için değerlendirme sonuçları verilmedi.",
        "No assessment results were given for this document.",
    ),
    "radar": (
        "Şehir geneli boyut puanları: mevcut ve hedef",
        "City dimension scores: current and target",
    ),
    "current": ("Mevcut (ortalama)", "Current (mean)"),
    "target": ("Hedef (ortalama)", "Target (mean)"),
    "dimension_table": ("Boyutlara göre şehir sonuçları", "City results by dimension"),
    "dimension": ("Boyut", "Dimension"),
    "mean": ("Ortalama", "Mean"),
    "min": ("En düşük", "Min"),
    "max": ("En yüksek", "Max"),
    "target_mean": ("Hedef ort.", "Target mean"),
    "units": ("Birim", "Units"),
    "heat": ("Birim × boyut olgunluk haritası (0-5)", "Unit × dimension maturity map (0-5)"),
    "unit": ("Birim", "Unit"),
    "strengths": ("Güçlü yönler", "Strengths"),
    "weaknesses": ("Gelişmeye açık alanlar", "Areas to improve"),
    "dim_line": (
        "{name}: ortalama {mean} (hedef {target})",
        "{name}: mean {mean} (target {target})",
    ),
    "compliance": (
        "Uyum açıkları (yasal asgarinin altı)",
        "Compliance gaps (below the legal minimum)",
    ),
    "no_compliance": (
        "Yasal asgarinin altında kalan uygulama yok.",
        "No practice is below its legal minimum.",
    ),
    "practice": ("Uygulama", "Practice"),
    "below": ("Asgarinin altındaki birim", "Units below minimum"),
    "basis": ("Dayanak", "Basis"),
    "level": ("Asgari düzey", "Minimum level"),
    "goals": ("Amaçlar, hedefler ve eylemler", "Goals, targets and actions"),
    "card": ("Hedef kartı", "Target card"),
    "indicator": ("Performans göstergesi", "Performance indicator"),
    "effect": ("Hedefe etkisi (%)", "Effect on target (%)"),
    "baseline": ("Başlangıç değeri", "Baseline"),
    "monitor": ("İzleme", "Monitoring"),
    "report": ("Raporlama", "Reporting"),
    "action_table": ("Eylemler", "Actions"),
    "costing": ("Maliyetlendirme", "Costing"),
    "cost_target": ("Tahmini maliyet tablosu (TL)", "Estimated cost table (TRY)"),
    "cost_funding": ("Kaynak tablosu (TL)", "Funding source table (TRY)"),
    "item": ("Amaç / hedef", "Goal / target"),
    "total": ("Toplam", "Total"),
    "timeline": ("Uygulama takvimi", "Timeline"),
    "monitoring": ("İzleme ve değerlendirme", "Monitoring and evaluation"),
    "monitoring_text": (
        "Göstergeler altı ayda bir ölçülür. Bir göstergenin gerçekleşme oranı "
        "(gerçekleşen değer - başlangıç değeri) / (hedef değer - başlangıç değeri) × 100 ile, bir "
        "hedefin "
        "gerçekleşme oranı göstergelerin hedefe etkisi oranlarıyla ağırlıklandırılmış toplamla "
        "hesaplanır. "
        "İzleme raporları yılda iki kez üst yönetime sunulur; değerlendirme raporu yılda bir "
        "hazırlanır. "
        "Sorumlu birimler kendi eylemlerinin ilerlemesini bildirir; akıllı şehir ofisi ve Genel "
        "Sekreterlik "
        "eşgüdümü sağlar; Strateji Geliştirme Dairesi Başkanlığı planı stratejik plan ve "
        "performans "
        "programına işler. Bir sonraki öz değerlendirme turu uygulamaların düzey ilerlemesini "
        "ölçer.",
        "Indicators are measured every six months. An indicator's realisation rate is "
        "(actual value - baseline) / (target value - baseline) × 100, and a target's rate is the "
        "sum of its indicators' rates weighted by their effect on the target. Monitoring reports "
        "go to "
        "top management twice a year; the evaluation report is prepared yearly. Responsible units "
        "report "
        "the progress of their actions; the smart-city office and the Secretary General "
        "coordinate; the "
        "Strategy Development department carries the plan into the strategic plan and the "
        "performance "
        "programme. The next self-assessment round measures the practices' progress in levels.",
    ),
    "approvals": ("Onaylar", "Approvals"),
    "role": ("Görev", "Role"),
    "name": ("Ad soyad", "Name"),
    "signature": ("İmza", "Signature"),
    "date": ("Tarih", "Date"),
    "prepared": ("Hazırlayan (Akıllı Şehir Ofisi)", "Prepared by (Smart City Office)"),
    "checked": (
        "Kontrol eden (Strateji Geliştirme Dairesi Başkanı)",
        "Checked by (Head of Strategy Development)",
    ),
    "approved": (
        "Onaylayan (Genel Sekreter / Belediye Başkanı)",
        "Approved by (Secretary General / Mayor)",
    ),
    "council": (
        "Belediye Meclisi kararı: tarih ____ sayı ____",
        "Council decision: date ____ number ____",
    ),
    "f_code": ("Kod", "Code"),
    "f_description": ("Açıklama", "Description"),
    "f_steps": ("Uygulama adımları", "Steps"),
    "f_output": ("Çıktı", "Output"),
    "f_questions": ("Ele alınan sorular", "Questions addressed"),
    "f_responsible": ("Sorumlu birim", "Responsible unit"),
    "f_collaborating": ("İşbirliği yapılacak birimler", "Collaborating units"),
    "f_partners": ("Dış paydaşlar", "Outside partners"),
    "f_period": ("Başlangıç - bitiş", "Start - end"),
    "f_costs": ("Maliyet (TL)", "Cost (TRY)"),
    "f_funding": ("Finansman kaynağı", "Funding source"),
    "f_component": ("Ulusal strateji bileşeni", "National strategy component"),
    "f_indicator": ("Performans göstergesi", "Performance indicator"),
    "f_priority": ("Öncelik / durum", "Priority / status"),
    "c_goal": ("Amaç", "Goal"),
    "c_target": ("Hedef", "Target"),
    "c_responsible": ("Sorumlu birim", "Responsible unit"),
    "c_collaborating": ("İşbirliği yapılacak birim(ler)", "Collaborating unit(s)"),
    "c_risks": ("Riskler", "Risks"),
    "c_strategies": ("Stratejiler", "Strategies"),
    "c_cost": ("Maliyet tahmini (TL)", "Cost estimate (TRY)"),
    "c_findings": ("Tespitler", "Findings"),
    "c_needs": ("İhtiyaçlar", "Needs"),
}
