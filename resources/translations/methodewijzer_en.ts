<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/method_page.py" line="47"/>
        <location filename="../../ui/method_page.py" line="128"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="119"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="120"/>
        <source>Doelgroepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="122"/>
        <source>Doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="123"/>
        <source>Productiekracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="124"/>
        <source>Rol professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="126"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="128"/>
        <source>Looptijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/method_page.py" line="128"/>
        <source>maanden</source>
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
        <location filename="../../ui/context_panel.py" line="87"/>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="90"/>
        <source>Doelgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="92"/>
        <source>Doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="95"/>
        <source>geen voorkeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="98"/>
        <location filename="../../ui/context_panel.py" line="99"/>
        <source>Productiekracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="101"/>
        <location filename="../../ui/context_panel.py" line="111"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="108"/>
        <source>Budget in euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="109"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="114"/>
        <source> maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="115"/>
        <source>Tijdshorizon in maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="116"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="118"/>
        <source>Er moet een handboek zijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="119"/>
        <source>Handboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="120"/>
        <source>Onderzoek naar de methode telt mee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="121"/>
        <source>Onderzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="123"/>
        <source>Standaardwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="124"/>
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
        <location filename="../../ui/knowledge_dialog.py" line="25"/>
        <source>Achtergrondkennis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge_dialog.py" line="29"/>
        <source>Onderwerpen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Methodewijzer — methoden voor actief burgerschap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Catalogus laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Methoden op volgorde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Uitgesloten door een harde eis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>B&amp;ewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Zoeken in methoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Ongedaan maken: standaardwaarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Situatie &amp;terugzetten naar standaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Achtergrondkennis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Over Methodewijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>{0} methoden geladen. Zoekindex voorbereiden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>De catalogus kon niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Catalogus niet beschikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Zoekindex bouwen: {0} van {1} methoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Klaar. Zoeken met Ctrl+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Zoeken is niet beschikbaar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Beschrijf links uw situatie; dan zet Methodewijzer de methoden op volgorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>geen afzonderlijk criterium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Geen methode past goed (beste score {0} van 100). Door geen enkele methode gehaald: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Als {0} minder weegt ({1} → {2}), komt {3} bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Als {0} zwaarder weegt ({1} → {2}), komt {3} bovenaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Situatie teruggezet. Ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>{0} methoden gevonden voor ‘{1}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Niets gevonden voor ‘{0}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Niets gevonden voor ‘{0}’. Probeer minder woorden, een ander woord of het begin van een woord.</source>
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
        <location filename="../../ui/context_panel.py" line="46"/>
        <source>Gewicht van {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="50"/>
        <source>moet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="51"/>
        <source>Methoden die hier niet aan voldoen, worden uitgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="52"/>
        <source>{0} is een harde eis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_panel.py" line="55"/>
        <source>Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/help.py" line="10"/>
        <source>Help bij Methodewijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="13"/>
        <source>1. Beschrijf links uw situatie: plaats, doelgroep, doelen, productiekracht, budget, tijd.
2. Geef met de schuifjes aan hoe zwaar elk punt weegt (0 = telt niet mee, 5 = zeer zwaar). Vink ‘moet’ aan voor een harde eis: methoden die daar niet aan voldoen, worden uitgesloten.
3. In het midden staan de methoden op volgorde. De zekerheid zegt welk deel van het gewicht op bekende gegevens rust; wat het rapport niet vermeldt, telt neutraal mee.
4. Rechts leest u de gekozen methode, met ‘Waarom deze plek’ per criterium en de kanttekeningen uit het rapport.
5. Zoeken (Ctrl+F) filtert de lijst terwijl u typt; met ↓ of Enter gaat u naar de resultaten, Esc maakt het zoekveld leeg.

Sneltoetsen: Ctrl+F zoeken, Ctrl+Z standaardwaarden ongedaan maken, F1 help, Ctrl+Q afsluiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="28"/>
        <source>Over Methodewijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="31"/>
        <source>Methodewijzer 0.1 — een offline adviseur voor methoden die actief burgerschap stimuleren.

Bron: MOVISIE, Verkenning actief burgerschap, Utrecht, november 2011 (programma Effectieve sociale interventies). De teksten zijn in eigen woorden; feiten zijn overgenomen. Onbekend betekent: het rapport vermeldt het niet.

Gebouwd met Qt for Python / PySide6 (LGPLv3), SQLAlchemy (MIT), Whoosh-Reloaded (BSD), platformdirs (MIT). Methodewijzer zelf: MIT-licentie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
