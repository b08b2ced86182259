<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/method_page.py" line="77"/>
        <location filename="../../ui/method_page.py" line="158"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="149"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="150"/>
        <source>Doelgroepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="152"/>
        <source>Doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="153"/>
        <source>Productiekracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="154"/>
        <source>Rol professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="156"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="158"/>
        <source>Looptijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="158"/>
        <source>maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="32"/>
        <source>Uitgesloten door een harde eis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="44"/>
        <source>Niets gevonden voor ‘{0}’. Probeer minder woorden, een ander woord of het begin van een woord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="57"/>
        <source>Beschrijf links uw situatie; dan zet Methodewijzer de methoden op volgorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="59"/>
        <source>geen afzonderlijk criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="60"/>
        <source>Geen methode past goed (beste score {0} van 100). Door geen enkele methode gehaald: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="72"/>
        <source>Als {0} minder weegt ({1} → {2}), komt {3} bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_notes.py" line="74"/>
        <source>Als {0} zwaarder weegt ({1} → {2}), komt {3} bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceModel</name>
    <message>
        <location filename="../../ui/advice_model.py" line="67"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="67"/>
        <source>Methode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="67"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="67"/>
        <source>Zekerheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="68"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="68"/>
        <source>Gevonden tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="93"/>
        <source>Deel van het gewicht dat op bekende gegevens rust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/advice_model.py" line="97"/>
        <source>score {0} van 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPanel</name>
    <message>
        <location filename="../../ui/context_panel.py" line="88"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="91"/>
        <source>Doelgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="93"/>
        <source>Doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="96"/>
        <source>geen voorkeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="99"/>
        <location filename="../../ui/context_panel.py" line="100"/>
        <source>Productiekracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="102"/>
        <location filename="../../ui/context_panel.py" line="112"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="109"/>
        <source>Budget in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="110"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="115"/>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="116"/>
        <source>Tijdshorizon in maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="117"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="119"/>
        <source>Er moet een handboek zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="120"/>
        <source>Handboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="121"/>
        <source>Onderzoek naar de methode telt mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="122"/>
        <source>Onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="124"/>
        <source>Standaardwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="125"/>
        <source>Alles leegmaken en de gewichten terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/detail_view.py" line="24"/>
        <source>Beschrijving van de methode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_view.py" line="29"/>
        <source>Kies een methode in de lijst om haar beschrijving te lezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <location filename="../../ui/knowledge_dialog.py" line="26"/>
        <source>Achtergrondkennis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_dialog.py" line="30"/>
        <source>Onderwerpen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Methodewijzer — methoden voor actief burgerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Catalogus laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Methoden op volgorde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>B&amp;ewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Zoeken in methoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Ongedaan maken: standaardwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Situatie &amp;terugzetten naar standaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Achtergrondkennis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Over Methodewijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>{0} methoden geladen. Zoekindex voorbereiden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>De catalogus kon niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Catalogus niet beschikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Zoekindex bouwen: {0} van {1} methoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Klaar. Zoeken met Ctrl+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Zoeken is niet beschikbaar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Situatie teruggezet. Ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>{0} methoden gevonden voor ‘{1}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Niets gevonden voor ‘{0}’</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search_box.py" line="22"/>
        <source>Zoeken in de methoden, bijv. vrijwilligers, ouderen, budget (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="24"/>
        <source>Zoeken in methoden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightRow</name>
    <message>
        <location filename="../../ui/context_panel.py" line="47"/>
        <source>Gewicht van {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="51"/>
        <source>moet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="52"/>
        <source>Methoden die hier niet aan voldoen, worden uitgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="53"/>
        <source>{0} is een harde eis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="56"/>
        <source>Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/help.py" line="18"/>
        <source>Help bij Methodewijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="19"/>
        <source>1. Beschrijf links uw situatie: plaats, doelgroep, doelen, productiekracht, budget, tijd.
2. Geef met de schuifjes aan hoe zwaar elk punt weegt (0 = telt niet mee, 5 = zeer zwaar). Vink ‘moet’ aan voor een harde eis: methoden die daar niet aan voldoen, worden uitgesloten.
3. In het midden staan de methoden op volgorde. De zekerheid zegt welk deel van het gewicht op bekende gegevens rust; wat het rapport niet vermeldt, telt neutraal mee.
4. Rechts leest u de gekozen methode, met ‘Waarom deze plek’ per criterium en de kanttekeningen uit het rapport.
5. Zoeken (Ctrl+F) filtert de lijst terwijl u typt; met ↓ of Enter gaat u naar de resultaten, Esc maakt het zoekveld leeg.

Sneltoetsen: Ctrl+F zoeken, Ctrl+Z standaardwaarden ongedaan maken, F1 help, Ctrl+Q afsluiten.

Bron: MOVISIE, Verkenning actief burgerschap (2011). Licenties en meer: Help → Over Methodewijzer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="33"/>
        <source>Over Methodewijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Methodewijzer 0.1 — een offline adviseur voor methoden die actief burgerschap stimuleren.

Bron: MOVISIE, Verkenning actief burgerschap, Utrecht, november 2011 (programma Effectieve sociale interventies). De teksten zijn in eigen woorden; feiten zijn overgenomen. Onbekend betekent: het rapport vermeldt het niet.

Gebouwd met Qt for Python / PySide6 (LGPLv3), SQLAlchemy (MIT), Whoosh-Reloaded (BSD), platformdirs (MIT). Methodewijzer zelf: MIT-licentie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
