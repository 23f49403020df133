<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/results_tables.py" line="284"/>
        <source>Current</source>
        <translation>Mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="285"/>
        <source>Weighted mean of the current levels of the answered questions</source>
        <translation>Yanıtlanan soruların mevcut düzeylerinin ağırlıklı ortalaması</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="287"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="287"/>
        <source>Weighted mean of the target levels</source>
        <translation>Hedef düzeylerin ağırlıklı ortalaması</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="288"/>
        <source>Gap</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="288"/>
        <source>Gap = target − current</source>
        <translation>Fark = hedef − mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="289"/>
        <source>Percent</source>
        <translation>Yüzde</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="289"/>
        <source>Percent = score / 5 × 100</source>
        <translation>Yüzde = puan / 5 × 100</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="290"/>
        <source>Answered</source>
        <translation>Yanıtlanan</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="156"/>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="160"/>
        <source>Smart City Maturity Self-Assessment</source>
        <translation>Akıllı Şehir Olgunluk Öz Değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="161"/>
        <source>Version {version}</source>
        <translation>Sürüm {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="163"/>
        <source>Balıkesir Metropolitan Municipality, Smart City Office. Units rate their smart-city maturity; the results feed the city&apos;s Smart City Action Plan.</source>
        <translation>Balıkesir Büyükşehir Belediyesi, Akıllı Şehir Ofisi. Birimler akıllı şehir olgunluklarını değerlendirir; sonuçlar kentin Akıllı Şehir Eylem Planı&apos;na girdi olur.</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="166"/>
        <source>Database: {path}</source>
        <translation>Veritabanı: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="167"/>
        <source>Settings: {path}</source>
        <translation>Ayarlar: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="168"/>
        <source>Log: {path}</source>
        <translation>Günlük: {path}</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../desktop/plan/forms.py" line="254"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="253"/>
        <source>Un&amp;der target:</source>
        <translation>Bağlı ol&amp;duğu hedef:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="255"/>
        <source>Tit&amp;le:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="256"/>
        <source>Des&amp;cription:</source>
        <translation>Açıkla&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="257"/>
        <source>&amp;Steps (one a line):</source>
        <translation>Adımlar (her &amp;satıra bir):</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="258"/>
        <source>Ou&amp;tput:</source>
        <translation>Çık&amp;tı:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="259"/>
        <source>Questions addressed:</source>
        <translation>Ele alınan sorular:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="260"/>
        <source>&amp;Responsible unit:</source>
        <translation>So&amp;rumlu birim:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="261"/>
        <source>Colla&amp;borating units (;):</source>
        <translation>İş&amp;birliği yapılacak birimler (;):</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="263"/>
        <source>St&amp;art:</source>
        <translation>B&amp;aşlangıç:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="265"/>
        <source>Cost p&amp;er year (TRY):</source>
        <translation>Yıllık maliy&amp;et (TL):</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="268"/>
        <source>Priorit&amp;y:</source>
        <translation>Ö&amp;ncelik:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="262"/>
        <source>Outside &amp;partners (;):</source>
        <translation>Dış &amp;paydaşlar (;):</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="264"/>
        <source>E&amp;nd:</source>
        <translation>B&amp;itiş:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="266"/>
        <source>&amp;Funding source:</source>
        <translation>&amp;Finansman kaynağı:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="267"/>
        <source>Stat&amp;us:</source>
        <translation>D&amp;urum:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="69"/>
        <source>Open in process {pid} on {host}.</source>
        <translation>{host} bilgisayarında {pid} numaralı süreçte açık.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="74"/>
        <source>Already open</source>
        <translation>Zaten açık</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="75"/>
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
        <location filename="../../desktop/assessment_dialog.py" line="151"/>
        <source>Assessment details</source>
        <translation>Değerlendirme bilgileri</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="151"/>
        <source>New assessment</source>
        <translation>Yeni değerlendirme</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="154"/>
        <source>e.g. Bilgi İşlem Dairesi Başkanlığı</source>
        <translation>ör. Bilgi İşlem Dairesi Başkanlığı</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="155"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="157"/>
        <source>Round</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="158"/>
        <source>Usually the year of the assessment, e.g. 2026</source>
        <translation>Genellikle değerlendirmenin yılı, ör. 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="153"/>
        <source>Un&amp;it:</source>
        <translation>B&amp;irim:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="156"/>
        <source>Rou&amp;nd:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="159"/>
        <source>Responden&amp;t:</source>
        <translation>Yanı&amp;tlayan:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="160"/>
        <source>Name of the person filling in (optional)</source>
        <translation>Formu dolduran kişinin adı (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="161"/>
        <source>Respondent</source>
        <translation>Yanıtlayan</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="162"/>
        <source>Unit &amp;profile:</source>
        <translation>Birim &amp;profili:</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="163"/>
        <source>Unit profile</source>
        <translation>Birim profili</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="164"/>
        <source>Dimensions in scope</source>
        <translation>Kapsamdaki boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="167"/>
        <source>Untick a dimension only if none of its practices concern your unit; its questions are then skipped.</source>
        <translation>Bir boyutun işaretini yalnızca uygulamalarının hiçbiri biriminizi ilgilendirmiyorsa kaldırın; o boyutun soruları atlanır.</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="172"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_dialog.py" line="172"/>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/assessment_view.py" line="97"/>
        <source>Questions</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="98"/>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="99"/>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="100"/>
        <source>Details...</source>
        <translation>Bilgiler...</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="101"/>
        <source>Respondent and dimensions in scope</source>
        <translation>Yanıtlayan ve kapsamdaki boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="102"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="147"/>
        <source>imported, read-only</source>
        <translation>içe aktarıldı, salt okunur</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="149"/>
        <source>final</source>
        <translation>kesin</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="151"/>
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="153"/>
        <source>Round {round}</source>
        <translation>Dönem {round}</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="155"/>
        <source>Respondent: {name}</source>
        <translation>Yanıtlayan: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="162"/>
        <source>{answered} of {applicable} answered ({percent})</source>
        <translation>{applicable} sorudan {answered} yanıtlandı ({percent})</translation>
    </message>
    <message>
        <location filename="../../desktop/assessment_view.py" line="217"/>
        <source>Every applicable question is answered.</source>
        <translation>Geçerli soruların hepsi yanıtlandı.</translation>
    </message>
</context>
<context>
    <name>ComparisonRadar</name>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="116"/>
        <source>{unit}
Overall score: {score} · completed: {completed}</source>
        <translation>{unit}
Genel puan: {score} · tamamlanma: {completed}</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="197"/>
        <source>Tick up to {count} units to draw them on one radar.</source>
        <translation>Tek radarda göstermek için en fazla {count} birim işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="209"/>
        <source>The city average of round {round} too</source>
        <translation>{round} döneminin kent ortalaması da</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="215"/>
        <source>Dimension scores (0-5)</source>
        <translation>Boyut puanları (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="218"/>
        <source>Dimension scores (0-5), round {round}</source>
        <translation>Boyut puanları (0-5), {round} dönemi</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="243"/>
        <source>No merged assessments yet: merge the units&apos; workbooks first.</source>
        <translation>Henüz birleştirilmiş değerlendirme yok: önce birimlerin dosyalarını birleştirin.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/radar.py" line="255"/>
        <source>Charts are not available in this installation.</source>
        <translation>Bu kurulumda grafikler kullanılamıyor.</translation>
    </message>
</context>
<context>
    <name>CoordinatorFiles</name>
    <message>
        <location filename="../../desktop/coordinator/files.py" line="36"/>
        <source>Save consolidated workbook</source>
        <translation>Birleşik çalışma kitabını kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/files.py" line="44"/>
        <source>Writing the consolidated workbook...</source>
        <translation>Birleşik çalışma kitabı yazılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/files.py" line="46"/>
        <source> The edited earlier workbook was kept: {path}</source>
        <translation> Elle değiştirilmiş önceki çalışma kitabı korundu: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/files.py" line="65"/>
        <source>Consolidated workbook saved: {path}</source>
        <translation>Birleşik çalışma kitabı kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/files.py" line="83"/>
        <source>Save chart</source>
        <translation>Grafiği kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/files.py" line="99"/>
        <source>Chart saved: {path}</source>
        <translation>Grafik kaydedildi: {path}</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="144"/>
        <source>Coordinator: merge the units&apos; workbooks</source>
        <translation>Koordinatör: birimlerin dosyalarını birleştirme</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="147"/>
        <source>Drop the Excel files the units sent, or whole folders, onto this window and press &quot;Merge&quot;. Every file is checked on its own; a faulty file never stops the others. Merged assessments are kept in this database, read-only.</source>
        <translation>Birimlerin gönderdiği Excel dosyalarını ya da klasörleri bu pencereye sürükleyip &quot;Birleştir&quot;e basın. Her dosya tek tek denetlenir; hatalı bir dosya diğerlerini durdurmaz. Birleştirilen değerlendirmeler bu veritabanında salt okunur olarak saklanır.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="152"/>
        <source>Rou&amp;nd:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="157"/>
        <source>Round to compare and export</source>
        <translation>Karşılaştırılacak ve kaydedilecek dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="158"/>
        <source>Save consolidated wor&amp;kbook...</source>
        <translation>Birleşik çalışma &amp;kitabını kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="165"/>
        <source>Write the consolidated workbook of the chosen round (overview, units × dimensions, action plan candidates, answers, import log) from this database.</source>
        <translation>Seçilen dönemin birleşik çalışma kitabını bu veritabanından yazar (genel bakış, birimler × boyutlar, eylem planı adayları, yanıtlar, içe aktarma günlüğü).</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="169"/>
        <source>Files and import log</source>
        <translation>Dosyalar ve içe aktarma günlüğü</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="170"/>
        <source>Compare units</source>
        <translation>Birimleri karşılaştır</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="175"/>
        <source>Drop Excel files or folders here
(folders are searched with their subfolders)</source>
        <translation>Excel dosyalarını ya da klasörleri buraya sürükleyin
(klasörler alt klasörleriyle birlikte taranır)</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="178"/>
        <source>Files and folders to merge</source>
        <translation>Birleştirilecek dosyalar ve klasörler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="180"/>
        <source>Add fo&amp;lder...</source>
        <translation>K&amp;lasör ekle...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="179"/>
        <source>A&amp;dd files...</source>
        <translation>&amp;Dosya ekle...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="153"/>
        <source>Final onl&amp;y</source>
        <translation>&amp;Yalnızca kesinleşmişler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="155"/>
        <source>Leave the draft assessments out of the city figures and the workbook</source>
        <translation>Taslak değerlendirmeleri şehir rakamlarının ve çalışma kitabının dışında bırak</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="159"/>
        <source>Action &amp;plan draft...</source>
        <translation>Eylem &amp;planı taslağı...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="161"/>
        <source>Opens the action plan and drafts it from this round&apos;s gaps</source>
        <translation>Eylem planını açar ve bu dönemin açıklarından taslağını oluşturur</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="171"/>
        <source>Data-collection round</source>
        <translation>Veri toplama turu</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="181"/>
        <source>&amp;Remove</source>
        <translation>Kaldı&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="182"/>
        <source>Al&amp;so accept files changed after export</source>
        <translation>Dışa aktarıldıktan &amp;sonra değiştirilmiş dosyaları da al</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="185"/>
        <source>A workbook whose answers were edited in Excel after the unit exported it is normally rejected: the figures may not be the ones the unit signed off. Tick this only after checking the change with the unit; such files are accepted and flagged.</source>
        <translation>Birim dışa aktardıktan sonra yanıtları Excel&apos;de değiştirilmiş bir dosya normalde reddedilir: rakamlar birimin onayladığı rakamlar olmayabilir. Bu kutuyu yalnızca değişikliği birimle teyit ettikten sonra işaretleyin; bu dosyalar alınır ve işaretli kalır.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="190"/>
        <source>M&amp;erge</source>
        <translation>Birl&amp;eştir</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="191"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="192"/>
        <location filename="../../desktop/coordinator/view.py" line="197"/>
        <source>Import log</source>
        <translation>İçe aktarma günlüğü</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="195"/>
        <source>Search file or unit...</source>
        <translation>Dosya ya da birim ara...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="196"/>
        <source>Search the import log by file or unit</source>
        <translation>İçe aktarma günlüğünde dosya ya da birim ara</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="172"/>
        <location filename="../../desktop/coordinator/view.py" line="200"/>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="201"/>
        <source>Filter units...</source>
        <translation>Birim süz...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="202"/>
        <source>Units to compare</source>
        <translation>Karşılaştırılacak birimler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="203"/>
        <source>Show the city average</source>
        <translation>Kent ortalamasını göster</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="204"/>
        <source>Clear the selection</source>
        <translation>Seçimi temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/view.py" line="205"/>
        <source>Save chart...</source>
        <translation>Grafiği kaydet...</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <location filename="../../desktop/plan/charts.py" line="72"/>
        <source>Funding source</source>
        <translation>Finansman kaynağı</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/charts.py" line="74"/>
        <location filename="../../desktop/plan/charts.py" line="80"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/charts.py" line="80"/>
        <source>Goal / target / source</source>
        <translation>Amaç / hedef / kaynak</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="31"/>
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="36"/>
        <source>Something went wrong that the program did not expect. Everything you entered before this moment has been saved. Please send the report below to the smart city office.</source>
        <translation>Programın beklemediği bir sorun oluştu. Bu ana kadar girdiğiniz her şey kaydedildi. Lütfen aşağıdaki raporu Akıllı Şehir Ofisi&apos;ne gönderin.</translation>
    </message>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="45"/>
        <source>Error report</source>
        <translation>Hata raporu</translation>
    </message>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="48"/>
        <source>Log file: {path}</source>
        <translation>Günlük dosyası: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="50"/>
        <source>The log file could not be written.</source>
        <translation>Günlük dosyası yazılamadı.</translation>
    </message>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="57"/>
        <source>Copy report</source>
        <translation>Raporu kopyala</translation>
    </message>
    <message>
        <location filename="../../desktop/crash_dialog.py" line="61"/>
        <source>Open log folder</source>
        <translation>Günlük klasörünü aç</translation>
    </message>
</context>
<context>
    <name>DimensionTable</name>
    <message>
        <location filename="../../desktop/results_tables.py" line="191"/>
        <source>Dimension</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="193"/>
        <source>Current</source>
        <translation>Mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="194"/>
        <source>Weighted mean of the current levels of the answered questions</source>
        <translation>Yanıtlanan soruların mevcut düzeylerinin ağırlıklı ortalaması</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="196"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="196"/>
        <source>Weighted mean of the target levels</source>
        <translation>Hedef düzeylerin ağırlıklı ortalaması</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="197"/>
        <source>Gap</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="197"/>
        <source>Gap = target − current</source>
        <translation>Fark = hedef − mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="198"/>
        <source>Percent</source>
        <translation>Yüzde</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="198"/>
        <source>Percent = score / 5 × 100</source>
        <translation>Yüzde = puan / 5 × 100</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="200"/>
        <source>City average</source>
        <translation>Kent ortalaması</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="201"/>
        <source>Mean score of the other units that assessed the same round</source>
        <translation>Aynı dönemi değerlendiren diğer birimlerin ortalama puanı</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="204"/>
        <source>Answered</source>
        <translation>Yanıtlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="205"/>
        <source>Answered of the applicable questions (N/A left out)</source>
        <translation>Uygulanabilir sorulardan yanıtlananlar (N/A hariç)</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="209"/>
        <source>Scores per dimension</source>
        <translation>Boyut puanları</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="212"/>
        <source>out of scope</source>
        <translation>kapsam dışı</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="230"/>
        <source>{answered} of {applicable} applicable questions answered</source>
        <translation>Uygulanabilir {applicable} sorudan {answered} tanesi yanıtlandı</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="242"/>
        <source>Overall</source>
        <translation>Genel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="80"/>
        <source>Cannot do that</source>
        <translation>Bu işlem yapılamıyor</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="34"/>
        <location filename="../../desktop/exchange_actions.py" line="48"/>
        <source>Export to Excel</source>
        <translation>Excel&apos;e dışa aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="43"/>
        <location filename="../../desktop/exchange_actions.py" line="71"/>
        <source>Writing the workbook...</source>
        <translation>Çalışma kitabı yazılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="62"/>
        <location filename="../../desktop/exchange_actions.py" line="76"/>
        <source>Save fill-in template</source>
        <translation>Doldurulabilir şablonu kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="97"/>
        <location filename="../../desktop/exchange_actions.py" line="113"/>
        <location filename="../../desktop/exchange_actions.py" line="126"/>
        <location filename="../../desktop/exchange_actions.py" line="133"/>
        <source>Import from Excel</source>
        <translation>Excel&apos;den içe aktar</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="106"/>
        <source>Reading and checking the workbook...</source>
        <translation>Çalışma kitabı okunuyor ve denetleniyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/exchange_actions.py" line="121"/>
        <source>Import the changed file anyway? It will be flagged as changed.</source>
        <translation>Değiştirilmiş dosya yine de alınsın mı? Değiştirilmiş olarak işaretlenecek.</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../desktop/plan/gap_dialog.py" line="20"/>
        <source>Add an action from a gap</source>
        <translation>Açıktan eylem ekle</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/gap_dialog.py" line="28"/>
        <source> and {count} more</source>
        <translation> ve {count} birim daha</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/gap_dialog.py" line="29"/>
        <source>{id} {title} – mean gap {gap:.1f}; {units}</source>
        <translation>{id} {title} – ortalama açık {gap:.1f}; {units}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/gap_dialog.py" line="35"/>
        <source>G&amp;aps of the round, largest first:</source>
        <translation>Dönemin &amp;açıkları, en büyüğü önce:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/gap_dialog.py" line="37"/>
        <source>Sugg&amp;ested actions from the library:</source>
        <translation>Kütüphan&amp;eden önerilen eylemler:</translation>
    </message>
</context>
<context>
    <name>GapsTable</name>
    <message>
        <location filename="../../desktop/results_tables.py" line="119"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="119"/>
        <source>The question&apos;s code in the questionnaire</source>
        <translation>Sorunun soru setindeki kodu</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="120"/>
        <source>Practice</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="121"/>
        <source>Current</source>
        <translation>Mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="121"/>
        <source>The level the unit is at today (0-5)</source>
        <translation>Birimin bugünkü düzeyi (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="122"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="122"/>
        <source>The level the unit aims for</source>
        <translation>Birimin ulaşmayı hedeflediği düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="123"/>
        <source>Gap</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="123"/>
        <source>Gap = target − current</source>
        <translation>Fark = hedef − mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="125"/>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="126"/>
        <location filename="../../desktop/results_tables.py" line="168"/>
        <source>The question&apos;s weight in its dimension (from the questionnaire)</source>
        <translation>Sorunun kendi boyutundaki ağırlığı (soru setinden)</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="128"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="128"/>
        <source>Priority = weight × gap: the larger, the sooner</source>
        <translation>Öncelik = ağırlık × fark: büyük olan önce ele alınır</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="130"/>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="131"/>
        <source>What the next level above the current one asks for (the rubric)</source>
        <translation>Ölçekte mevcut düzeyin bir üstündeki düzeyin istedikleri</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="135"/>
        <source>Top gaps by priority</source>
        <translation>Önceliğe göre en büyük açıklar</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="144"/>
        <source>Level {level} ({name})</source>
        <translation>Düzey {level} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/results_tables.py" line="162"/>
        <source>Gap = target − current = {target} − {current} = {gap}</source>
        <translation>Fark = hedef − mevcut = {target} − {current} = {gap}</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../desktop/plan/forms.py" line="108"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="109"/>
        <source>Tit&amp;le:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="110"/>
        <source>Des&amp;cription:</source>
        <translation>Açıkla&amp;ma:</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <location filename="../../desktop/import_log_model.py" line="175"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../desktop/import_log_model.py" line="176"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../desktop/import_log_model.py" line="179"/>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../desktop/import_log_model.py" line="177"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/import_log_model.py" line="178"/>
        <source>Round</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/import_log_model.py" line="180"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>InputList</name>
    <message>
        <location filename="../../desktop/coordinator/inputs.py" line="109"/>
        <source>(folder)</source>
        <translation>(klasör)</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/inputs.py" line="124"/>
        <source>Add workbooks to merge</source>
        <translation>Birleştirilecek dosyaları ekle</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/inputs.py" line="132"/>
        <source>Add a folder to merge</source>
        <translation>Birleştirilecek klasörü ekle</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../desktop/justification_dialog.py" line="15"/>
        <source>Not applicable (N/A): justification</source>
        <translation>Kapsam dışı (N/A): gerekçe</translation>
    </message>
    <message>
        <location filename="../../desktop/justification_dialog.py" line="19"/>
        <source>Why does this question not apply to your unit? An N/A question does not count in the scores; the justification is shown in the report and the workbooks.</source>
        <translation>Bu soru biriminiz için neden geçerli değil? Kapsam dışı (N/A) soru puana katılmaz; gerekçe raporda ve çalışma kitaplarında görünür.</translation>
    </message>
    <message>
        <location filename="../../desktop/justification_dialog.py" line="31"/>
        <source>Justification for N/A</source>
        <translation>N/A gerekçesi</translation>
    </message>
    <message>
        <location filename="../../desktop/justification_dialog.py" line="36"/>
        <source>The question&apos;s note is offered as a start: keep it only if it says why the question does not apply.</source>
        <translation>Sorunun notu başlangıç olarak önerildi: yalnızca sorunun neden geçerli olmadığını anlatıyorsa bırakın.</translation>
    </message>
    <message>
        <location filename="../../desktop/justification_dialog.py" line="47"/>
        <source>Mark as N/A</source>
        <translation>Kapsam dışı (N/A) işaretle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>Düz&amp;en</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224"/>
        <source>&amp;Language</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>&amp;New assessment...</source>
        <translation>Ye&amp;ni değerlendirme...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="228"/>
        <source>&amp;Assessments (start page)</source>
        <translation>Değerlendirmeler (b&amp;aşlangıç sayfası)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229"/>
        <source>C&amp;oordinator: merge unit workbooks</source>
        <translation>K&amp;oordinatör: birim dosyalarını birleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230"/>
        <source>Action &amp;plan</source>
        <translation>Eylem &amp;planı</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="231"/>
        <source>Assessment &amp;details...</source>
        <translation>&amp;Değerlendirme bilgileri...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>E&amp;xport to Excel...</source>
        <translation>E&amp;xcel&apos;e dışa aktar...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>Save fi&amp;ll-in template...</source>
        <translation>Do&amp;ldurulabilir şablonu kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>Impo&amp;rt from Excel...</source>
        <translation>Excel&apos;den içe akta&amp;r...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>Save repor&amp;t (PDF)...</source>
        <translation>Raporu kayde&amp;t (PDF)...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>Save radar chart (PN&amp;G, SVG, PDF)...</source>
        <translation>Radar &amp;grafiğini kaydet (PNG, SVG, PDF)...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238"/>
        <source>Pr&amp;evious question</source>
        <translation>Önc&amp;eki soru</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>&amp;Next question</source>
        <translation>So&amp;nraki soru</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240"/>
        <source>Next un&amp;answered question</source>
        <translation>Sır&amp;adaki yanıtsız soru</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Questi&amp;ons</source>
        <translation>S&amp;orular</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>&amp;Summary</source>
        <translation>Ö&amp;zet</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="243"/>
        <source>&amp;Results</source>
        <translation>Sonuçla&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="244"/>
        <source>&amp;User guide</source>
        <translation>K&amp;ullanım kılavuzu</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="245"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="246"/>
        <source>&amp;About</source>
        <translation>H&amp;akkında</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="247"/>
        <source>Rep&amp;ort logo...</source>
        <translation>Rap&amp;or logosu...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="248"/>
        <source>Remove report lo&amp;go</source>
        <translation>Rapor lo&amp;gosunu kaldır</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="254"/>
        <source>Set the current level to {level} and go to the next question</source>
        <translation>Mevcut düzeyi {level} yap ve sonraki soruya geç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259"/>
        <source>Set the target level to {level}</source>
        <translation>Hedef düzeyi {level} yap</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="277"/>
        <source>Set the current level and go to the next question</source>
        <translation>Mevcut düzeyi seç ve sonraki soruya geç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="278"/>
        <source>Set the target level</source>
        <translation>Hedef düzeyi seç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="302"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="304"/>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="321"/>
        <source>{menu} menu</source>
        <translation>{menu} menüsü</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324"/>
        <source>Choose the focused level or button</source>
        <translation>Odaktaki düzeyi ya da düğmeyi seç</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Move between fields</source>
        <translation>Alanlar arasında dolaş</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="326"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+altı çizili harf</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="326"/>
        <source>Open a menu or jump to a field</source>
        <translation>Menüyü aç ya da alana git</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="373"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Geri al: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="375"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="378"/>
        <source>R&amp;edo {what}</source>
        <translation>Yin&amp;ele: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="380"/>
        <source>R&amp;edo</source>
        <translation>Yin&amp;ele</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="384"/>
        <source>Smart City Maturity</source>
        <translation>Akıllı Şehir Olgunluk</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="403"/>
        <source>Saved {time}</source>
        <translation>Kaydedildi {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="396"/>
        <source>Not saved: the last change is only on screen</source>
        <translation>Kaydedilmedi: son değişiklik yalnızca ekranda</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="398"/>
        <source>The database could not be written: {path}</source>
        <translation>Veritabanına yazılamadı: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="405"/>
        <source>Every change is saved at once to {path}</source>
        <translation>Her değişiklik anında şuraya kaydedilir: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="438"/>
        <source>Opening the database...</source>
        <translation>Veritabanı açılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="600"/>
        <source>The assessment is final.</source>
        <translation>Değerlendirme kesinleştirildi.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="602"/>
        <source>The assessment is a draft again.</source>
        <translation>Değerlendirme yeniden taslak.</translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="114"/>
        <source>last merge</source>
        <translation>son birleştirme</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="115"/>
        <source>all files in the database</source>
        <translation>veritabanındaki bütün dosyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="126"/>
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="127"/>
        <source>Needs attention</source>
        <translation>Dikkat gerektirenler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="131"/>
        <source>Show files with status</source>
        <translation>Şu durumdaki dosyaları göster</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="170"/>
        <source>Looking for workbooks...</source>
        <translation>Dosyalar aranıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="183"/>
        <source>Stopping after the current file...</source>
        <translation>Bu dosyadan sonra duruluyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="191"/>
        <source>Checking {name}</source>
        <translation>Denetleniyor: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="193"/>
        <source>{done} of {total} files done</source>
        <translation>{total} dosyadan {done} tanesi tamam</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="233"/>
        <source>1 file: {counts}.</source>
        <translation>1 dosya: {counts}.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="233"/>
        <source>{count} files: {counts}.</source>
        <translation>{count} dosya: {counts}.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="237"/>
        <source>Shown: {count}.</source>
        <translation>Gösterilen: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="245"/>
        <source>The log of this merge appears here when it ends.</source>
        <translation>Bu birleştirmenin günlüğü, birleştirme bitince burada görünür.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="247"/>
        <source>No Excel workbooks were found in the files and folders given.</source>
        <translation>Verilen dosya ve klasörlerde Excel dosyası bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/merge_run.py" line="250"/>
        <source>No files merged yet. Add the units&apos; workbooks above and press &quot;Merge&quot;.</source>
        <translation>Henüz birleştirilmiş dosya yok. Birimlerin dosyalarını yukarıya ekleyip &quot;Birleştir&quot;e basın.</translation>
    </message>
</context>
<context>
    <name>MonitoringBoard</name>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="95"/>
        <source>Re&amp;porting period:</source>
        <translation>Ra&amp;por dönemi:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="96"/>
        <source>W&amp;rite the units&apos; forms...</source>
        <translation>Bi&amp;rimlerin formlarını yaz...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="97"/>
        <source>C&amp;ollect filled forms...</source>
        <translation>D&amp;oldurulan formları topla...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="98"/>
        <source>Save monitoring work&amp;book...</source>
        <translation>İzleme çalışma kita&amp;bını kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="99"/>
        <source>Realisation rate per target</source>
        <translation>Hedeflere göre gerçekleşme oranı</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="100"/>
        <source>Actions by status</source>
        <translation>Durumlarına göre eylemler</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="102"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="102"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="102"/>
        <source>Rate</source>
        <translation>Oran</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="104"/>
        <source>Effect on maturity</source>
        <translation>Olgunluk etkisi</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="165"/>
        <source>Round {before} against round {after}: the mean current level of the units concerned in each practice an action addresses (units that answered in both).</source>
        <translation>{before} dönemi ile {after} dönemi: eylemlerin ele aldığı her uygulamada ilgili birimlerin ortalama mevcut düzeyi (iki dönemde de yanıt veren birimler).</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="171"/>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="172"/>
        <source>Practice</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="173"/>
        <source>Planned</source>
        <translation>Planlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="176"/>
        <source>Moved</source>
        <translation>İlerledi</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="176"/>
        <source>Did any practice of the action rise?</source>
        <translation>Eylemin uygulamalarından biri yükseldi mi?</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="182"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="182"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="202"/>
        <source>Draft or import a plan first.</source>
        <translation>Önce bir plan taslağı oluşturun ya da planı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="216"/>
        <source>No monitoring form of {period} has been collected yet.</source>
        <translation>{period} için henüz izleme formu alınmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="228"/>
        <source>Plan realisation rate {rate} · {reported} of {units} units reported · {delayed} of {actions} actions delayed</source>
        <translation>Planın gerçekleşme oranı {rate} · {units} birimden {reported} birim raporladı · {actions} eylemden {delayed} eylem gecikmede</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="245"/>
        <source>green</source>
        <translation>yeşil</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="245"/>
        <source>amber</source>
        <translation>sarı</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="245"/>
        <source>red</source>
        <translation>kırmızı</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="270"/>
        <source>Realisation rate (%)</source>
        <translation>Gerçekleşme oranı (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="277"/>
        <source>Not reported</source>
        <translation>Rapor edilmedi</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="293"/>
        <source>Folder for the monitoring forms</source>
        <translation>İzleme formlarının klasörü</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="298"/>
        <source>Writing the forms...</source>
        <translation>Formlar yazılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="308"/>
        <location filename="../../desktop/plan/monitoring_board.py" line="353"/>
        <source>Monitoring forms</source>
        <translation>İzleme formları</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="310"/>
        <source>{count} monitoring forms written: {folder}</source>
        <translation>{count} izleme formu yazıldı: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="320"/>
        <source>Filled monitoring forms</source>
        <translation>Doldurulmuş izleme formları</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="325"/>
        <source>Collecting the forms...</source>
        <translation>Formlar alınıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="337"/>
        <source>Collect monitoring forms</source>
        <translation>İzleme formlarını topla</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="367"/>
        <location filename="../../desktop/plan/monitoring_board.py" line="383"/>
        <source>Save monitoring workbook</source>
        <translation>İzleme çalışma kitabını kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="373"/>
        <source>Writing the workbook...</source>
        <translation>Çalışma kitabı yazılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/monitoring_board.py" line="385"/>
        <source>Monitoring workbook saved: {path}</source>
        <translation>İzleme çalışma kitabı kaydedildi: {path}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/navigator.py" line="88"/>
        <source>Dimension</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="88"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="88"/>
        <source>Answered</source>
        <translation>Yanıtlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="89"/>
        <source>Dimensions and questions</source>
        <translation>Boyutlar ve sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="132"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="153"/>
        <source>out of scope</source>
        <translation>kapsam dışı</translation>
    </message>
    <message>
        <location filename="../../desktop/navigator.py" line="162"/>
        <source>Mean current level of the answered questions, weighted</source>
        <translation>Yanıtlanan soruların mevcut düzeylerinin ağırlıklı ortalaması</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="44"/>
        <source>Open a data-collection round</source>
        <translation>Veri toplama turu aç</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="48"/>
        <source>DD.MM.YYYY (optional)</source>
        <translation>GG.AA.YYYY (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="59"/>
        <source>Rou&amp;nd:</source>
        <translation>Dö&amp;nem:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="60"/>
        <source>La&amp;st day:</source>
        <translation>&amp;Son gün:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="61"/>
        <source>&amp;Expected units:</source>
        <translation>B&amp;eklenen birimler:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="66"/>
        <source>Open and write the templates...</source>
        <translation>Aç ve şablonları yaz...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="87"/>
        <source>Give the round and tick at least one unit.</source>
        <translation>Dönemi yazın ve en az bir birimi işaretleyin.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../desktop/plan/forms.py" line="89"/>
        <source>&amp;City:</source>
        <translation>Ş&amp;ehir:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="88"/>
        <source>Tit&amp;le:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="90"/>
        <source>Stat&amp;us:</source>
        <translation>D&amp;urum:</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../desktop/plan/view.py" line="126"/>
        <source>Action plan</source>
        <translation>Eylem Planı</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="129"/>
        <source>Goals, targets and actions of the Smart City Action Plan. Every change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Akıllı Şehir Eylem Planı&apos;nın amaçları, hedefleri ve eylemleri. Her değişiklik anında kaydedilir; Ctrl+Z geri alır.</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="134"/>
        <source>&amp;Draft from the round</source>
        <translation>&amp;Dönemden taslak oluştur</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="135"/>
        <source>&amp;Add an action from a gap...</source>
        <translation>&amp;Açıktan eylem ekle...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="136"/>
        <source>De&amp;lete</source>
        <translation>Si&amp;l</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="146"/>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="138"/>
        <source>R&amp;edo</source>
        <translation>Yin&amp;ele</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="139"/>
        <source>Save wor&amp;kbook...</source>
        <translation>Çalışma &amp;kitabını kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="140"/>
        <source>&amp;Save Word document...</source>
        <translation>Word belge&amp;sini kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="147"/>
        <source>Ti&amp;meline 2026-2030</source>
        <translation>Za&amp;man çizelgesi 2026-2030</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="148"/>
        <source>Cos&amp;ts</source>
        <translation>Maliye&amp;tler</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="149"/>
        <source>Mo&amp;nitoring</source>
        <translation>İzleme ve değerle&amp;ndirme</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="260"/>
        <source>Edit {field}</source>
        <translation>{field} düzenlemesi</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="269"/>
        <source>Move action</source>
        <translation>Eylemi taşıma</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="275"/>
        <source>Not a number: {text}</source>
        <translation>Sayı değil: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="283"/>
        <source>Replace the plan?</source>
        <translation>Plan değiştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="285"/>
        <source>Replace the plan with a new draft from the round? The plan as it is stays in its history, but the undo history ends here.</source>
        <translation>Plan, dönemden yeni bir taslakla değiştirilsin mi? Planın şimdiki hâli geçmişinde kalır, ama geri alma geçmişi burada biter.</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="295"/>
        <source>Draft plan: {goals} goals, {targets} targets, {actions} actions</source>
        <translation>Taslak plan: {goals} amaç, {targets} hedef, {actions} eylem</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="303"/>
        <source>Delete {code}</source>
        <translation>{code} silme</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="321"/>
        <source>Add action {code}</source>
        <translation>{code} eylemini ekleme</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="331"/>
        <source>Save action-plan workbook</source>
        <translation>Eylem planı çalışma kitabını kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="332"/>
        <source>Action-plan workbook saved: {path}</source>
        <translation>Eylem planı çalışma kitabı kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="340"/>
        <source>Save action-plan document</source>
        <translation>Eylem planı belgesini kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/view.py" line="341"/>
        <source>Action-plan document saved: {path}</source>
        <translation>Eylem planı belgesi kaydedildi: {path}</translation>
    </message>
</context>
<context>
    <name>PlannedTable</name>
    <message>
        <location filename="../../desktop/planned_table.py" line="20"/>
        <source>Round {round}</source>
        <translation>{round} dönemi</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="22"/>
        <source>Earlier</source>
        <translation>Önceki dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="26"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="27"/>
        <source>Practice</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="28"/>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="28"/>
        <source>The plan&apos;s actions that address this practice</source>
        <translation>Planın bu uygulamayı ele alan eylemleri</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="29"/>
        <source>The unit&apos;s current level in its earlier round</source>
        <translation>Birimin önceki dönemdeki mevcut düzeyi</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="30"/>
        <source>This round</source>
        <translation>Bu dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="30"/>
        <source>The current level in this round</source>
        <translation>Bu dönemdeki mevcut düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="31"/>
        <source>Planned</source>
        <translation>Planlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="31"/>
        <source>The level the actions plan to reach</source>
        <translation>Eylemlerin ulaşmayı planladığı düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/planned_table.py" line="34"/>
        <source>Practices in the action plan</source>
        <translation>Eylem planındaki uygulamalar</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../desktop/question_page.py" line="329"/>
        <source>Current level</source>
        <translation>Mevcut düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="330"/>
        <source>Where to look</source>
        <translation>Nereye bakmalı</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="331"/>
        <location filename="../../desktop/question_page.py" line="337"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="333"/>
        <source>Remove the current level (the question becomes unanswered)</source>
        <translation>Mevcut düzeyi kaldır (soru yanıtsız kalır)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="335"/>
        <source>Clear the current level</source>
        <translation>Mevcut düzeyi temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="336"/>
        <source>Target level</source>
        <translation>Hedef düzey</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="338"/>
        <source>Clear the target level</source>
        <translation>Hedef düzeyi temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="341"/>
        <source>The level your unit aims to reach. Without a target, the current level counts as the target. Levels below the current one cannot be chosen.</source>
        <translation>Biriminizin ulaşmayı hedeflediği düzey. Hedef seçilmezse mevcut düzey hedef sayılır. Mevcut düzeyin altındaki düzeyler seçilemez.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="348"/>
        <source>A question marked N/A does not count in the scores and needs a written justification.</source>
        <translation>N/A işaretlenen soru puanlara katılmaz ve yazılı bir gerekçe ister.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="353"/>
        <source>e.g. Activity report 2025, p. 14 or https://...</source>
        <translation>ör. 2025 faaliyet raporu, s. 14 ya da https://...</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="354"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="355"/>
        <source>&lt; Previous</source>
        <translation>&lt; Önceki</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="356"/>
        <source>Previous question (Page Up)</source>
        <translation>Önceki soru (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="357"/>
        <source>Next &gt;</source>
        <translation>Sonraki &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="358"/>
        <source>Next question (Page Down)</source>
        <translation>Sonraki soru (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="359"/>
        <source>Next unanswered</source>
        <translation>Sıradaki yanıtsız</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="360"/>
        <source>Next unanswered question (Ctrl+U)</source>
        <translation>Sıradaki yanıtsız soru (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="361"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="394"/>
        <source>Level {level}: {name}</source>
        <translation>Düzey {level}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="398"/>
        <source>Target level {level}: {name}</source>
        <translation>Hedef düzey {level}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="430"/>
        <source>Question {index} of {total}</source>
        <translation>Soru {index} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="458"/>
        <source>Why does this question not apply to your unit?</source>
        <translation>Bu soru biriminiz için neden geçerli değil?</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="459"/>
        <source>Justification for N/A</source>
        <translation>N/A gerekçesi</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="461"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otlar</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="462"/>
        <source>Current situation, plans, who is responsible...</source>
        <translation>Mevcut durum, planlar, sorumlu kişi ya da birim...</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="463"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="515"/>
        <source>This assessment was imported from a unit&apos;s file and is read-only.</source>
        <translation>Bu değerlendirme bir birimin dosyasından içe aktarıldı ve salt okunurdur.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="521"/>
        <source>This assessment is final. To change answers, set it back to draft on the Summary page.</source>
        <translation>Bu değerlendirme kesinleştirildi. Yanıtları değiştirmek için Özet sayfasında taslağa döndürün.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="535"/>
        <source>Links:</source>
        <translation>Bağlantılar:</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="568"/>
        <source>Clear level of {id}</source>
        <translation>{id} düzeyini temizle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="568"/>
        <source>Set level of {id}</source>
        <translation>{id} düzeyini seç</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="582"/>
        <source>Set target of {id}</source>
        <translation>{id} hedefini seç</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="623"/>
        <source>Mark {id} as N/A</source>
        <translation>{id} sorusunu N/A işaretle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="605"/>
        <source>Unmark N/A of {id}</source>
        <translation>{id} için N/A işaretini kaldır</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="632"/>
        <source>At most {limit} characters fit; the text was not saved.</source>
        <translation>En çok {limit} karakter sığar; metin kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="655"/>
        <source>Edit note of {id}</source>
        <translation>{id} notunu düzenle</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="646"/>
        <source>An N/A answer needs a justification; the previous one is kept. Untick N/A to remove it.</source>
        <translation>N/A yanıtı gerekçe ister; önceki gerekçe korunuyor. Silmek için N/A işaretini kaldırın.</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="345"/>
        <source>&amp;Not applicable (N/A): not part of our unit&apos;s work</source>
        <translation>Kapsam dışı (&amp;N/A): birimimizin görev alanında değil</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="352"/>
        <source>Evidence (documents, lin&amp;ks)</source>
        <translation>&amp;Kanıt (belgeler, bağlantılar)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="457"/>
        <source>Justificati&amp;on (required for N/A)</source>
        <translation>Gerekçe (N/A için z&amp;orunlu)</translation>
    </message>
    <message>
        <location filename="../../desktop/question_page.py" line="666"/>
        <source>Edit evidence of {id}</source>
        <translation>{id} kanıtını düzenle</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="45"/>
        <location filename="../../desktop/recovery.py" line="71"/>
        <source>The database is damaged</source>
        <translation>Veritabanı hasarlı</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="46"/>
        <source>The database file is damaged and cannot be used safely:
{path}

The latest good backup was made on {time}. Restore it? Changes saved after that moment are not in the backup.

The damaged file is not deleted: it is kept beside the database, its name ending in &quot;.damaged-&quot; and the time.</source>
        <translation>Veritabanı dosyası hasarlı ve güvenle kullanılamıyor:
{path}

Son sağlam yedek {time} tarihinde alınmış. Bu yedek geri yüklensin mi? O andan sonra kaydedilen değişiklikler yedekte yoktur.

Hasarlı dosya silinmez: veritabanının yanında, adının sonuna &quot;.damaged-&quot; ve saat eklenerek saklanır.</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="58"/>
        <source>Restore the backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="61"/>
        <source>Close the program</source>
        <translation>Programı kapat</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="72"/>
        <source>The database file is damaged and there is no good backup to restore:
{path}

The file is kept as it is: nothing has been deleted. Please contact the IT department or the smart city office; they may be able to recover it. To start again with an empty database, move the file to another folder and open the program again.

Backups are kept in: {folder}</source>
        <translation>Veritabanı dosyası hasarlı ve geri yüklenebilecek sağlam bir yedek yok:
{path}

Dosya olduğu gibi saklanıyor: hiçbir şey silinmedi. Lütfen Bilgi İşlem Dairesi Başkanlığı&apos;na ya da Akıllı Şehir Ofisi&apos;ne başvurun; dosyayı kurtarabilirler. Boş bir veritabanıyla yeniden başlamak için dosyayı başka bir klasöre taşıyıp programı yeniden açın.

Yedeklerin klasörü: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="123"/>
        <source>Backup restored</source>
        <translation>Yedek geri yüklendi</translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="124"/>
        <source>The backup of {time} was restored and opened.

The damaged file is kept as:
{damaged}</source>
        <translation>{time} tarihli yedek geri yüklendi ve açıldı.

Hasarlı dosya şu adla saklanıyor:
{damaged}</translation>
    </message>
</context>
<context>
    <name>ReportLogo</name>
    <message>
        <location filename="../../desktop/report_logo.py" line="22"/>
        <source>Choose the report logo</source>
        <translation>Rapor logosunu seçin</translation>
    </message>
    <message>
        <location filename="../../desktop/report_logo.py" line="34"/>
        <source>Report logo: {path}</source>
        <translation>Rapor logosu: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/report_logo.py" line="42"/>
        <source>Reports are written without a logo.</source>
        <translation>Raporlar logosuz yazılacak.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../desktop/results_actions.py" line="65"/>
        <source>Save chart</source>
        <translation>Grafiği kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/results_actions.py" line="73"/>
        <source>Drawing the chart...</source>
        <translation>Grafik çiziliyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/results_actions.py" line="81"/>
        <source>Chart saved: {path}</source>
        <translation>Grafik kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/results_actions.py" line="97"/>
        <source>Save report (PDF)</source>
        <translation>Raporu kaydet (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/results_actions.py" line="107"/>
        <source>Writing the report...</source>
        <translation>Rapor yazılıyor...</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/results_page.py" line="249"/>
        <source>overall score (0-5)</source>
        <translation>genel puan (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="250"/>
        <source>of the highest level</source>
        <translation>en yüksek düzeye göre</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="251"/>
        <source>maturity band</source>
        <translation>olgunluk bandı</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="252"/>
        <source>Save report (PDF)...</source>
        <translation>Raporu kaydet (PDF)...</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="255"/>
        <source>A printable A4 report of this unit and round: key figures, radar, dimension table, top gaps with the next step, N/A answers</source>
        <translation>Bu birim ve dönem için yazdırılabilir A4 rapor: temel sayılar, radar, boyut tablosu, sonraki adımlarıyla öncelikli açıklar, N/A yanıtlar</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="259"/>
        <source>Dimension scores</source>
        <translation>Boyut puanları</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="260"/>
        <source>Gap to the target per dimension</source>
        <translation>Boyutlara göre hedefe uzaklık</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="261"/>
        <source>Overall score per round</source>
        <translation>Dönemlere göre genel puan</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="263"/>
        <source>Save...</source>
        <translation>Kaydet...</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="264"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Bu grafiği PNG, SVG ya da PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="266"/>
        <source>Drawing the chart...</source>
        <translation>Grafik çiziliyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="269"/>
        <source>Charts cannot be drawn in this installation; the numbers below are complete.</source>
        <translation>Bu kurulumda grafik çizilemiyor; aşağıdaki sayılar eksiksizdir.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="274"/>
        <source>Top {count} gaps by priority</source>
        <translation>Önceliğe göre ilk {count} açık</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="277"/>
        <source>Priority = question weight × gap (target − current). Next step: what the rubric asks for at the level above the current one. Hover a number to see how it was computed.</source>
        <translation>Öncelik = soru ağırlığı × fark (hedef − mevcut). Sonraki adım: ölçekte mevcut düzeyin bir üstündeki düzeyin istedikleri. Bir sayının nasıl hesaplandığını görmek için fareyle üzerine gelin.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="282"/>
        <source>No question has a target above its current level.</source>
        <translation>Hedefi mevcut düzeyinin üstünde olan soru yok.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="284"/>
        <source>Dimensions</source>
        <translation>Boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="289"/>
        <source>Practices in the action plan: the earlier round and this one</source>
        <translation>Eylem planındaki uygulamalar: önceki dönem ve bu dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="292"/>
        <source>Not applicable (N/A) questions and why</source>
        <translation>Kapsam dışı (N/A) işaretlenen sorular ve gerekçeleri</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="294"/>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="294"/>
        <source>Practice</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="294"/>
        <source>Justification</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="296"/>
        <source>Not applicable questions</source>
        <translation>Kapsam dışı (N/A) işaretlenen sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="392"/>
        <source>The results could not be computed: {reason}</source>
        <translation>Sonuçlar hesaplanamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="426"/>
        <source>target (gap {gap})</source>
        <translation>hedef (fark {gap})</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="430"/>
        <source>answered ({answered}/{applicable})</source>
        <translation>yanıtlandı ({answered}/{applicable})</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="454"/>
        <source>City average: the mean of the {count} other units with an assessment of round {round} in this database.</source>
        <translation>Kent ortalaması: bu veritabanında {round} dönemi değerlendirmesi bulunan diğer {count} birimin ortalaması.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="461"/>
        <source>No other unit has an assessment of round {round} in this database, so there is no city average to compare with.</source>
        <translation>Bu veritabanında {round} dönemi için başka birimin değerlendirmesi yok; karşılaştırılacak kent ortalaması gösterilmiyor.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="467"/>
        <source>Earlier rounds shown too: {rounds}.</source>
        <translation>Önceki dönemler de gösteriliyor: {rounds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="545"/>
        <source>Round {round}: overall score {score}, target {target}</source>
        <translation>{round} dönemi: genel puan {score}, hedef {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="558"/>
        <source>Round {round}: {score}</source>
        <translation>{round} dönemi: {score}</translation>
    </message>
    <message>
        <location filename="../../desktop/results_page.py" line="297"/>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
</context>
<context>
    <name>RoundBoard</name>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="141"/>
        <source>Data-collection round</source>
        <translation>Veri toplama turu</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="140"/>
        <source>Collec&amp;tion round:</source>
        <translation>Veri &amp;toplama turu:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="142"/>
        <source>Open &amp;a round...</source>
        <translation>Yeni tur &amp;aç...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="143"/>
        <source>Close the &amp;round</source>
        <translation>Tu&amp;ru kapat</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="144"/>
        <source>Writ&amp;e to the unit...</source>
        <translation>Birim&amp;e e-posta yaz...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="146"/>
        <source>Opens your e-mail program with a ready message to the unit</source>
        <translation>E-posta programınızı birime hazır bir iletiyle açar</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="148"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="148"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="148"/>
        <source>Details</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="150"/>
        <source>Units of the round</source>
        <translation>Turun birimleri</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="201"/>
        <source>No round is open. Open one for the units expected to answer: each gets a template with its unit and round filled in.</source>
        <translation>Açık bir tur yok. Yanıt vermesi beklenen birimler için bir tur açın: her birime, birimi ve dönemi doldurulmuş bir şablon hazırlanır.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="206"/>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="206"/>
        <source>closed</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="208"/>
        <source>The round is {state}; due {due}.</source>
        <translation>Tur {state}; son gün {due}.</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="234"/>
        <source>Folder for the templates</source>
        <translation>Şablonların klasörü</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="243"/>
        <source>Writing the templates...</source>
        <translation>Şablonlar yazılıyor...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/round_board.py" line="261"/>
        <source>Open a data-collection round</source>
        <translation>Veri toplama turu aç</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="91"/>
        <location filename="../../desktop/help_dialogs.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="95"/>
        <source>Everything works without a mouse. Tab moves between fields; in a text field, digits and letters are typed as usual.</source>
        <translation>Her şey fare olmadan da çalışır. Tab tuşu alanlar arasında dolaştırır; bir metin alanındayken rakamlar ve harfler her zamanki gibi yazılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="101"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="101"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="126"/>
        <source>Start page: open the chosen assessment (also from the filter)</source>
        <translation>Başlangıç sayfası: seçili değerlendirmeyi aç (süzgeç kutusundan da)</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="127"/>
        <source>Question: tick or untick Not applicable (N/A)</source>
        <translation>Soru: Kapsam dışı (N/A) kutusunu işaretle ya da kaldır</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="128"/>
        <source>Question: go to the notes (the justification when N/A)</source>
        <translation>Soru: notlara git (N/A ise gerekçeye)</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="129"/>
        <source>Question: go to the evidence</source>
        <translation>Soru: kanıta git</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="130"/>
        <source>In a text field: back to the level choices</source>
        <translation>Metin kutusunda: düzey seçeneklerine dön</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="134"/>
        <source>In a text field: undo or redo the typing first, then the answers (as in a word processor)</source>
        <translation>Metin kutusunda: önce yazılanı, sonra yanıtları geri al ya da yinele (kelime işlemcideki gibi)</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="138"/>
        <source>N/A justification: confirm</source>
        <translation>N/A gerekçesi: onayla</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="139"/>
        <source>New assessment: unit, round, respondent</source>
        <translation>Yeni değerlendirme: birim, dönem, yanıtlayan</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/start_page.py" line="120"/>
        <source>Smart City Maturity Self-Assessment</source>
        <translation>Akıllı Şehir Olgunluk Öz Değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="124"/>
        <source>Rate how far your unit has come in each smart-city practice, from 0 (not present) to 5 (optimised), and set the level you aim for. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>Biriminizin her akıllı şehir uygulamasında nereye geldiğini 0 (yok) ile 5 (optimizasyon) arasında değerlendirin ve hedeflediğiniz düzeyi belirleyin. Her yanıt anında kaydedilir; istediğiniz zaman ara verip sonra kaldığınız yerden devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="129"/>
        <source>New assessment...</source>
        <translation>Yeni değerlendirme...</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="130"/>
        <source>Start an assessment for a unit and round (Ctrl+N)</source>
        <translation>Bir birim ve dönem için değerlendirme başlat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="131"/>
        <location filename="../../desktop/start_page.py" line="149"/>
        <source>Assessments</source>
        <translation>Değerlendirmeler</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="132"/>
        <source>Filter by unit...</source>
        <translation>Birime göre süz...</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="133"/>
        <source>Filter assessments by unit</source>
        <translation>Değerlendirmeleri birime göre süz</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="142"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="143"/>
        <source>Round</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="144"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="145"/>
        <source>Completed</source>
        <translation>Tamamlanma</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="146"/>
        <source>Last change</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="136"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="167"/>
        <source>Continue: {unit} · {round}</source>
        <translation>Devam et: {unit} · {round}</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="175"/>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="176"/>
        <source>final</source>
        <translation>kesin</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="176"/>
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="189"/>
        <source>No assessments yet. Start with &quot;New assessment...&quot;.</source>
        <translation>Henüz değerlendirme yok. &quot;Yeni değerlendirme...&quot; ile başlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/start_page.py" line="191"/>
        <source>No unit matches &quot;{text}&quot;.</source>
        <translation>&quot;{text}&quot; ile eşleşen birim yok.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/summary_page.py" line="195"/>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="196"/>
        <source>answered of the applicable questions</source>
        <translation>geçerli sorulardan yanıtlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="197"/>
        <source>overall score (0-5)</source>
        <translation>genel puan (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="198"/>
        <source>of the highest level</source>
        <translation>en yüksek düzeye göre</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="199"/>
        <source>maturity band</source>
        <translation>olgunluk bandı</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="200"/>
        <source>target score (0-5)</source>
        <translation>hedef puan (0-5)</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="201"/>
        <source>Dimensions</source>
        <translation>Boyutlar</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="204"/>
        <source>Dimension</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="205"/>
        <source>Answered</source>
        <translation>Yanıtlanan</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="206"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="207"/>
        <source>Current</source>
        <translation>Mevcut</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="208"/>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="209"/>
        <source>Gap</source>
        <translation>Fark</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="212"/>
        <source>Scores per dimension</source>
        <translation>Boyut puanları</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="213"/>
        <location filename="../../desktop/summary_page.py" line="214"/>
        <source>Unanswered questions</source>
        <translation>Yanıtlanmamış sorular</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="215"/>
        <source>Every applicable question is answered.</source>
        <translation>Geçerli soruların hepsi yanıtlandı.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="285"/>
        <source>Status: final. Answers cannot be changed until it is set back to draft.</source>
        <translation>Durum: kesin. Taslağa döndürülene kadar yanıtlar değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="287"/>
        <source>Back to draft</source>
        <translation>Taslağa döndür</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="288"/>
        <source>Set it back to draft to change answers again.</source>
        <translation>Yanıtları yeniden değiştirmek için taslağa döndürün.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="290"/>
        <source>Status: draft. Every change is saved as you go.</source>
        <translation>Durum: taslak. Her değişiklik anında kaydedilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="67"/>
        <location filename="../../desktop/summary_page.py" line="291"/>
        <source>Mark as final</source>
        <translation>Kesinleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="46"/>
        <source>Marking the assessment final:</source>
        <translation>Değerlendirme kesinleştirilince:</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="48"/>
        <source>its answers cannot be changed until it is set back to draft;</source>
        <translation>yanıtları, taslağa döndürülene kadar değiştirilemez;</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="52"/>
        <source>the report and the Excel export show it as final, not as a draft.</source>
        <translation>rapor ve Excel çıktısı onu taslak değil, kesin olarak gösterir.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="60"/>
        <source>{count} applicable questions are not answered yet; they stay unanswered in the scores.</source>
        <translation>Kapsamdaki {count} soru henüz yanıtlanmadı; puanlarda yanıtsız kalır.</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="66"/>
        <source>Mark it final?</source>
        <translation>Kesinleştirilsin mi?</translation>
    </message>
    <message>
        <location filename="../../desktop/summary_page.py" line="293"/>
        <source>Mark the assessment final when the unit has agreed on its answers.</source>
        <translation>Birim yanıtlarında uzlaştığında değerlendirmeyi kesinleştirin.</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <location filename="../../desktop/plan/forms.py" line="137"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="139"/>
        <source>&amp;Responsible unit:</source>
        <translation>So&amp;rumlu birim:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="141"/>
        <source>Ris&amp;ks:</source>
        <translation>Ris&amp;kler:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="144"/>
        <source>&amp;Needs:</source>
        <translation>İ&amp;htiyaçlar:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="138"/>
        <source>Tit&amp;le:</source>
        <translation>Baş&amp;lık:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="140"/>
        <source>Colla&amp;borating units (;):</source>
        <translation>İş&amp;birliği yapılacak birimler (;):</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="142"/>
        <source>Str&amp;ategies:</source>
        <translation>Str&amp;atejiler:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="143"/>
        <source>Finding&amp;s:</source>
        <translation>Te&amp;spitler:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="145"/>
        <source>Indica&amp;tors:</source>
        <translation>Gös&amp;tergeler:</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="150"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="151"/>
        <source>Indicator</source>
        <translation>Gösterge</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="152"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="153"/>
        <source>Formula</source>
        <translation>Hesaplama yöntemi</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="154"/>
        <source>Effect %</source>
        <translation>Etki %</translation>
    </message>
    <message>
        <location filename="../../desktop/plan/forms.py" line="155"/>
        <source>Baseline</source>
        <translation>Başlangıç değeri</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="65"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Adı:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="66"/>
        <source>C&amp;ode:</source>
        <translation>K&amp;odu:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="67"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profili:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="68"/>
        <source>Con&amp;tact person:</source>
        <translation>İle&amp;tişim kişisi:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="69"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="72"/>
        <source>e.g. BIDB (used in file names)</source>
        <translation>ör. BIDB (dosya adlarında kullanılır)</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="82"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="82"/>
        <source>New unit</source>
        <translation>Yeni birim</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="146"/>
        <source>The units expected to answer, with a short code for file names, the profile they answer and whom to write to. The list shipped with the program is a starting list of Balıkesir&apos;s departments, not an official one: correct it, or load the city&apos;s own list (a workbook or one name a line).</source>
        <translation>Yanıt vermesi beklenen birimler: dosya adları için kısa kodu, yanıtladığı profil ve kime yazılacağı. Programla gelen liste Balıkesir&apos;in daire başkanlıkları için bir başlangıç listesidir, resmî liste değildir: düzeltin ya da kentin kendi listesini yükleyin (bir çalışma kitabı ya da her satırda bir ad).</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="153"/>
        <source>Load the &amp;starting list</source>
        <translation>Başlangıç li&amp;stesini yükle</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="154"/>
        <source>Load a l&amp;ist...</source>
        <translation>L&amp;isteden yükle...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="155"/>
        <source>&amp;New unit...</source>
        <translation>Ye&amp;ni birim...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="156"/>
        <source>&amp;Edit...</source>
        <translation>Düz&amp;enle...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="157"/>
        <source>Ren&amp;ame...</source>
        <translation>Yeniden &amp;adlandır...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="158"/>
        <source>Merge in&amp;to...</source>
        <translation>Birleş&amp;tir...</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="159"/>
        <source>&amp;Remove</source>
        <translation>Kaldı&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="165"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="166"/>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="167"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="168"/>
        <source>Contact</source>
        <translation>İletişim kişisi</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="169"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="172"/>
        <source>Units on file</source>
        <translation>Kayıtlı birimler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="229"/>
        <source>Load a unit list</source>
        <translation>Birim listesi yükle</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="239"/>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="253"/>
        <source>Rename unit</source>
        <translation>Birimi yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="253"/>
        <source>New name:</source>
        <translation>Yeni ad:</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="262"/>
        <source>Merge &apos;{unit}&apos; into (its assessments move there, &apos;{unit}&apos; is removed):</source>
        <translation>&apos;{unit}&apos; şu birimle birleştirilsin (değerlendirmeleri oraya taşınır, &apos;{unit}&apos; kaldırılır):</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="263"/>
        <source>Merge units</source>
        <translation>Birimleri birleştir</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="272"/>
        <source>Remove unit</source>
        <translation>Birimi kaldır</translation>
    </message>
    <message>
        <location filename="../../desktop/coordinator/units_tab.py" line="272"/>
        <source>Remove &apos;{unit}&apos;?</source>
        <translation>&apos;{unit}&apos; kaldırılsın mı?</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="62"/>
        <location filename="../../desktop/help_dialogs.py" line="66"/>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
    <message>
        <location filename="../../desktop/help_dialogs.py" line="71"/>
        <source>The user guide was not found. It is the file docs/user-guide.md of the program.</source>
        <translation>Kullanım kılavuzu bulunamadı. Programın docs/user-guide.md dosyasıdır.</translation>
    </message>
</context>
</TS>
