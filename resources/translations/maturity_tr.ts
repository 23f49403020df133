<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="111" />
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="114" />
        <source>Smart City Maturity Self-Assessment</source>
        <translation>Akıllı Şehir Olgunluk Öz Değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="115" />
        <source>Version {version}</source>
        <translation>Sürüm {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="116" />
        <source>Balıkesir Metropolitan Municipality, Smart City Office. Units rate their smart-city maturity; the results feed the city's Smart City Action Plan.</source>
        <translation>Balıkesir Büyükşehir Belediyesi, Akıllı Şehir Ofisi. Birimler akıllı şehir olgunluklarını değerlendirir; sonuçlar kentin Akıllı Şehir Eylem Planı'na girdi olur.</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="117" />
        <source>Database: {path}</source>
        <translation>Veritabanı: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="118" />
        <source>Settings: {path}</source>
        <translation>Ayarlar: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="119" />
        <source>Log: {path}</source>
        <translation>Günlük: {path}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="67" />
        <source>Open in process {pid} on {host}.</source>
        <translation>{host} bilgisayarında {pid} numaralı süreçte açık.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="69" />
        <source>Already open</source>
        <translation>Zaten açık</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70" />
        <source>This database is already open in another window of the program:
{path}

Switch to that window, or close it and try again.</source>
        <translation>Bu veritabanı programın başka bir penceresinde zaten açık:
{path}

O pencereye geçin ya da onu kapatıp yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="125" />
        <source>Assessment details</source>
        <translation>Değerlendirme bilgileri</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="125" />
        <source>New assessment</source>
        <translation>Yeni değerlendirme</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="126" />
        <source>&amp;Unit:</source>
        <translation>&amp;Birim:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="127" />
        <source>e.g. Bilgi İşlem Dairesi Başkanlığı</source>
        <translation>ör. Bilgi İşlem Dairesi Başkanlığı</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="128" />
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="129" />
        <source>&amp;Round:</source>
        <translation>&amp;Dönem:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="130" />
        <source>Round</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="131" />
        <source>Usually the year of the assessment, e.g. 2026</source>
        <translation>Genellikle değerlendirmenin yılı, ör. 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="132" />
        <source>Res&amp;pondent:</source>
        <translation>&amp;Yanıtlayan:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="133" />
        <source>Name of the person filling in (optional)</source>
        <translation>Formu dolduran kişinin adı (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="134" />
        <source>Respondent</source>
        <translation>Yanıtlayan</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="135" />
        <source>Dimensions in scope</source>
        <translation>Kapsamdaki boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="136" />
        <source>Untick a dimension only if none of its practices concern your unit; its questions are then skipped.</source>
        <translation>Bir boyutun işaretini yalnızca uygulamalarının hiçbiri biriminizi ilgilendirmiyorsa kaldırın; o boyutun soruları atlanır.</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="138" />
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="138" />
        <source>Start</source>
        <translation>Başla</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/assessment_view.py" line="100" />
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="101" />
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="102" />
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="103" />
        <source>Details...</source>
        <translation>Bilgiler...</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="104" />
        <source>Respondent and dimensions in scope</source>
        <translation>Yanıtlayan ve kapsamdaki boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="105" />
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="149" />
        <source>imported, read-only</source>
        <translation>içe aktarıldı, salt okunur</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="150" />
        <source>final</source>
        <translation>kesin</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="150" />
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="151" />
        <source>Round {round}</source>
        <translation>Dönem {round}</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="153" />
        <source>Respondent: {name}</source>
        <translation>Yanıtlayan: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="160" />
        <source>{answered} of {applicable} answered ({percent})</source>
        <translation>{applicable} sorudan {answered} yanıtlandı ({percent})</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="212" />
        <source>Every applicable question is answered.</source>
        <translation>Geçerli soruların hepsi yanıtlandı.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/errors.py" line="124" />
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="127" />
        <source>Something went wrong that the program did not expect. Everything you entered before this moment has been saved. Please send the report below to the smart city office.</source>
        <translation>Programın beklemediği bir sorun oluştu. Bu ana kadar girdiğiniz her şey kaydedildi. Lütfen aşağıdaki raporu Akıllı Şehir Ofisi'ne gönderin.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="132" />
        <source>Error report</source>
        <translation>Hata raporu</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="134" />
        <source>Log file: {path}</source>
        <translation>Günlük dosyası: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="135" />
        <source>The log file could not be written.</source>
        <translation>Günlük dosyası yazılamadı.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="141" />
        <source>Copy report</source>
        <translation>Raporu kopyala</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="145" />
        <source>Open log folder</source>
        <translation>Günlük klasörünü aç</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="96" />
        <source>Cannot do that</source>
        <translation>Bu işlem yapılamıyor</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="43" />
        <location filename="../../desktop/exchange_actions.py" line="54" />
        <source>Export to Excel</source>
        <translation>Excel'e dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="50" />
        <location filename="../../desktop/exchange_actions.py" line="70" />
        <source>Writing the workbook...</source>
        <translation>Çalışma kitabı yazılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="63" />
        <location filename="../../desktop/exchange_actions.py" line="74" />
        <source>Save fill-in template</source>
        <translation>Doldurulabilir şablonu kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="87" />
        <location filename="../../desktop/exchange_actions.py" line="97" />
        <location filename="../../desktop/exchange_actions.py" line="104" />
        <location filename="../../desktop/exchange_actions.py" line="110" />
        <source>Import from Excel</source>
        <translation>Excel'den içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="93" />
        <source>Reading and checking the workbook...</source>
        <translation>Çalışma kitabı okunuyor ve denetleniyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="105" />
        <source>Import the changed file anyway? It will be flagged as changed.</source>
        <translation>Değiştirilmiş dosya yine de alınsın mı? Değiştirilmiş olarak işaretlenecek.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="181" />
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182" />
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183" />
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184" />
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186" />
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="188" />
        <source>&amp;New assessment...</source>
        <translation>&amp;Yeni değerlendirme...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189" />
        <source>&amp;Assessments (start page)</source>
        <translation>&amp;Değerlendirmeler (başlangıç sayfası)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="190" />
        <source>Assessment &amp;details...</source>
        <translation>Değerlendirme &amp;bilgileri...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191" />
        <source>&amp;Export to Excel...</source>
        <translation>Excel'e dışa &amp;aktar...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="192" />
        <source>Save fill-in &amp;template...</source>
        <translation>Doldurulabilir &amp;şablonu kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="193" />
        <source>&amp;Import from Excel...</source>
        <translation>Excel'den &amp;içe aktar...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195" />
        <source>&amp;Previous question</source>
        <translation>Ö&amp;nceki soru</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="196" />
        <source>&amp;Next question</source>
        <translation>&amp;Sonraki soru</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="197" />
        <source>Next &amp;unanswered question</source>
        <translation>Sıradaki &amp;yanıtsız soru</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198" />
        <source>&amp;Questions</source>
        <translation>S&amp;orular</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="199" />
        <source>&amp;Summary</source>
        <translation>Ö&amp;zet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="200" />
        <source>&amp;Results</source>
        <translation>Sonu&amp;çlar</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201" />
        <source>&amp;User guide</source>
        <translation>&amp;Kullanım kılavuzu</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Klavye kısa&amp;yolları</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203" />
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208" />
        <source>Set the current level to {level} and go to the next question</source>
        <translation>Mevcut düzeyi {level} yap ve sonraki soruya geç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210" />
        <source>Set the target level to {level}</source>
        <translation>Hedef düzeyi {level} yap</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227" />
        <source>Set the current level and go to the next question</source>
        <translation>Mevcut düzeyi seç ve sonraki soruya geç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="228" />
        <source>Set the target level</source>
        <translation>Hedef düzeyi seç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236" />
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236" />
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238" />
        <source>Space</source>
        <translation>Boşluk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238" />
        <source>Choose the focused level or button</source>
        <translation>Odaktaki düzeyi ya da düğmeyi seç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239" />
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239" />
        <source>Move between fields</source>
        <translation>Alanlar arasında dolaş</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240" />
        <source>Alt+underlined letter</source>
        <translation>Alt+altı çizili harf</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240" />
        <source>Open a menu or jump to a field</source>
        <translation>Menüyü aç ya da alana git</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="268" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Geri al: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="268" />
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Yinele: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269" />
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="272" />
        <source>Smart City Maturity</source>
        <translation>Akıllı Şehir Olgunluk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284" />
        <source>Saved {time}</source>
        <translation>Kaydedildi {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="285" />
        <source>Every change is saved at once to {path}</source>
        <translation>Her değişiklik anında şuraya kaydedilir: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="306" />
        <source>Opening the database...</source>
        <translation>Veritabanı açılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="391" />
        <source>Mark as final</source>
        <translation>Kesinleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="392" />
        <source>{count} applicable questions are not answered yet. Mark the assessment final anyway?</source>
        <translation>{count} geçerli soru henüz yanıtlanmadı. Değerlendirme yine de kesinleştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="401" />
        <source>The assessment is final.</source>
        <translation>Değerlendirme kesinleştirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="402" />
        <source>The assessment is a draft again.</source>
        <translation>Değerlendirme yeniden taslak.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/navigator.py" line="40" />
        <source>Dimension</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="40" />
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="40" />
        <source>Done</source>
        <translation>Biten</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="41" />
        <source>Dimensions and questions</source>
        <translation>Boyutlar ve sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="84" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="101" />
        <source>out of scope</source>
        <translation>kapsam dışı</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="110" />
        <source>Mean current level of the answered questions, weighted</source>
        <translation>Yanıtlanan soruların mevcut düzeylerinin ağırlıklı ortalaması</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../desktop/question_page.py" line="244" />
        <source>Current level</source>
        <translation>Mevcut düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="245" />
        <source>Where to look</source>
        <translation>Nereye bakmalı</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="246" />
        <location filename="../../desktop/question_page.py" line="250" />
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="247" />
        <source>Remove the current level (the question becomes unanswered)</source>
        <translation>Mevcut düzeyi kaldır (soru yanıtsız kalır)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="248" />
        <source>Clear the current level</source>
        <translation>Mevcut düzeyi temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="249" />
        <source>Target level</source>
        <translation>Hedef düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="251" />
        <source>Clear the target level</source>
        <translation>Hedef düzeyi temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="252" />
        <source>The level your unit aims to reach. Without a target, the current level counts as the target. Levels below the current one cannot be chosen.</source>
        <translation>Biriminizin ulaşmayı hedeflediği düzey. Hedef seçilmezse mevcut düzey hedef sayılır. Mevcut düzeyin altındaki düzeyler seçilemez.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="253" />
        <source>&amp;Not applicable to our unit (N/A)</source>
        <translation>&amp;Birimimiz için geçerli değil (N/A)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="254" />
        <source>A question marked N/A does not count in the scores and needs a written justification.</source>
        <translation>N/A işaretlenen soru puanlara katılmaz ve yazılı bir gerekçe ister.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="255" />
        <source>&amp;Evidence (documents, links)</source>
        <translation>&amp;Kanıt (belgeler, bağlantılar)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="256" />
        <source>e.g. Activity report 2025, p. 14 or https://...</source>
        <translation>ör. 2025 faaliyet raporu, s. 14 ya da https://...</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="257" />
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="258" />
        <source>&lt; Previous</source>
        <translation>&lt; Önceki</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="259" />
        <source>Previous question (Page Up)</source>
        <translation>Önceki soru (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="260" />
        <source>Next &gt;</source>
        <translation>Sonraki &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="261" />
        <source>Next question (Page Down)</source>
        <translation>Sonraki soru (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="262" />
        <source>Next unanswered</source>
        <translation>Sıradaki yanıtsız</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="263" />
        <source>Next unanswered question (Ctrl+U)</source>
        <translation>Sıradaki yanıtsız soru (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="264" />
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="292" />
        <source>Level {level}: {name}</source>
        <translation>Düzey {level}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="295" />
        <source>Target level {level}: {name}</source>
        <translation>Hedef düzey {level}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="322" />
        <source>Question {index} of {total}</source>
        <translation>Soru {index} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="348" />
        <source>&amp;Justification (required for N/A)</source>
        <translation>Gerek&amp;çe (N/A için zorunlu)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="349" />
        <source>Why does this question not apply to your unit?</source>
        <translation>Bu soru biriminiz için neden geçerli değil?</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="350" />
        <source>Justification for N/A</source>
        <translation>N/A gerekçesi</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="352" />
        <source>N&amp;otes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="353" />
        <source>Current situation, plans, who is responsible...</source>
        <translation>Mevcut durum, planlar, sorumlu kişi ya da birim...</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="354" />
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="369" />
        <source>This assessment was imported from a unit's file and is read-only.</source>
        <translation>Bu değerlendirme bir birimin dosyasından içe aktarıldı ve salt okunurdur.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="372" />
        <source>This assessment is final. To change answers, set it back to draft on the Summary page.</source>
        <translation>Bu değerlendirme kesinleştirildi. Yanıtları değiştirmek için Özet sayfasında taslağa döndürün.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="383" />
        <source>Links:</source>
        <translation>Bağlantılar:</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="400" />
        <source>N/A was not saved for {id}: it needs a justification.</source>
        <translation>{id} için N/A kaydedilmedi: gerekçe yazılmalı.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="418" />
        <source>Clear level of {id}</source>
        <translation>{id} düzeyini temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="418" />
        <source>Set level of {id}</source>
        <translation>{id} düzeyini seç</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="431" />
        <source>Set target of {id}</source>
        <translation>{id} hedefini seç</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="444" />
        <location filename="../../desktop/question_page.py" line="477" />
        <source>Mark {id} as N/A</source>
        <translation>{id} sorusunu N/A işaretle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="447" />
        <source>Write a justification: N/A is saved as soon as it has one.</source>
        <translation>Bir gerekçe yazın: gerekçe yazılır yazılmaz N/A kaydedilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="455" />
        <source>Unmark N/A of {id}</source>
        <translation>{id} için N/A işaretini kaldır</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="461" />
        <source>At most {limit} characters fit; the text was not saved.</source>
        <translation>En çok {limit} karakter sığar; metin kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="471" />
        <location filename="../../desktop/question_page.py" line="484" />
        <source>Edit note of {id}</source>
        <translation>{id} notunu düzenle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="480" />
        <source>An N/A answer needs a justification; the previous one is kept. Untick N/A to remove it.</source>
        <translation>N/A yanıtı gerekçe ister; önceki gerekçe korunuyor. Silmek için N/A işaretini kaldırın.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="493" />
        <source>Edit evidence of {id}</source>
        <translation>{id} kanıtını düzenle</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/results_page.py" line="66" />
        <source>Drawing the chart...</source>
        <translation>Grafik çiziliyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="68" />
        <source>Charts of the results (radar of the dimensions, gaps to the targets) will appear here. The Summary tab already shows every score.</source>
        <translation>Sonuçların grafikleri (boyutların radar grafiği, hedeflere olan farklar) burada yer alacak. Tüm puanlar şimdiden Özet sekmesinde.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="69" />
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="92" />
        <source>Overall {score} of 5 ({percent}) · target {target} · {answered} of {applicable} answered</source>
        <translation>Genel puan {score} / 5 ({percent}) · hedef {target} · {applicable} sorudan {answered} yanıtlandı</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="109" />
        <source>Radar chart of the dimension scores</source>
        <translation>Boyut puanlarının radar grafiği</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="73" />
        <location filename="../../desktop/help_dialogs.py" line="84" />
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="75" />
        <source>Everything works without a mouse. Tab moves between fields; in a text field, digits and letters are typed as usual.</source>
        <translation>Her şey fare olmadan da çalışır. Tab tuşu alanlar arasında dolaştırır; bir metin alanındayken rakamlar ve harfler her zamanki gibi yazılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="78" />
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="78" />
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/start_page.py" line="104" />
        <source>Smart City Maturity Self-Assessment</source>
        <translation>Akıllı Şehir Olgunluk Öz Değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="105" />
        <source>Rate how far your unit has come in each smart-city practice, from 0 (not present) to 5 (optimised), and set the level you aim for. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>Biriminizin her akıllı şehir uygulamasında nereye geldiğini 0 (yok) ile 5 (optimizasyon) arasında değerlendirin ve hedeflediğiniz düzeyi belirleyin. Her yanıt anında kaydedilir; istediğiniz zaman ara verip sonra kaldığınız yerden devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="106" />
        <source>New assessment...</source>
        <translation>Yeni değerlendirme...</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="107" />
        <source>Start an assessment for a unit and round (Ctrl+N)</source>
        <translation>Bir birim ve dönem için değerlendirme başlat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="108" />
        <location filename="../../desktop/start_page.py" line="113" />
        <source>Assessments</source>
        <translation>Değerlendirmeler</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="109" />
        <source>Filter by unit...</source>
        <translation>Birime göre süz...</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="110" />
        <source>Filter assessments by unit</source>
        <translation>Değerlendirmeleri birime göre süz</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="111" />
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="111" />
        <source>Round</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="111" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="112" />
        <source>Completed</source>
        <translation>Tamamlanma</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="112" />
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="114" />
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="132" />
        <source>Continue: {unit} · {round}</source>
        <translation>Devam et: {unit} · {round}</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="139" />
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="140" />
        <source>final</source>
        <translation>kesin</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="140" />
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="159" />
        <source>No assessments yet. Start with "New assessment...".</source>
        <translation>Henüz değerlendirme yok. "Yeni değerlendirme..." ile başlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="161" />
        <source>No unit matches "{text}".</source>
        <translation>"{text}" ile eşleşen birim yok.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/summary_page.py" line="126" />
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="127" />
        <source>answered of the applicable questions</source>
        <translation>geçerli sorulardan yanıtlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="128" />
        <source>overall score (0-5)</source>
        <translation>genel puan (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="129" />
        <source>of the highest level</source>
        <translation>en yüksek düzeye göre</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="130" />
        <source>maturity band</source>
        <translation>olgunluk kademesi</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="131" />
        <source>target score (0-5)</source>
        <translation>hedef puan (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="132" />
        <source>Dimensions</source>
        <translation>Boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="133" />
        <source>Dimension</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="133" />
        <source>Answered</source>
        <translation>Yanıtlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="133" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="134" />
        <source>Current</source>
        <translation>Mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="134" />
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="134" />
        <source>Gap</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="135" />
        <source>Scores per dimension</source>
        <translation>Boyut puanları</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="136" />
        <location filename="../../desktop/summary_page.py" line="137" />
        <source>Unanswered questions</source>
        <translation>Yanıtlanmamış sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="138" />
        <source>Every applicable question is answered.</source>
        <translation>Geçerli soruların hepsi yanıtlandı.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="194" />
        <source>Status: final. Answers cannot be changed until it is set back to draft.</source>
        <translation>Durum: kesin. Taslağa döndürülene kadar yanıtlar değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="195" />
        <source>Back to draft</source>
        <translation>Taslağa döndür</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="196" />
        <source>Set it back to draft to change answers again.</source>
        <translation>Yanıtları yeniden değiştirmek için taslağa döndürün.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="198" />
        <source>Status: draft. Every change is saved as you go.</source>
        <translation>Durum: taslak. Her değişiklik anında kaydedilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="199" />
        <source>Mark as final</source>
        <translation>Kesinleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="200" />
        <source>Mark the assessment final when the unit has agreed on its answers.</source>
        <translation>Birim yanıtlarında uzlaştığında değerlendirmeyi kesinleştirin.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="51" />
        <location filename="../../desktop/help_dialogs.py" line="55" />
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="58" />
        <source>The user guide was not found. It is the file docs/user-guide.md of the program.</source>
        <translation>Kullanım kılavuzu bulunamadı. Programın docs/user-guide.md dosyasıdır.</translation>
    </message>
</context>
</TS>
