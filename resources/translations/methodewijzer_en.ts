<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>AdviceModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Categorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Deel van het gewicht dat op gegevens uit het rapport rust</source>
            <translation>Share of the weight that rests on data from the report</translation>
        </message>
        <message>
            <source>Gegevens
bekend</source>
            <translation>Data
known</translation>
        </message>
        <message>
            <source>Gevonden tekst</source>
            <translation>Text found</translation>
        </message>
        <message>
            <source>Methode</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Rang</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Score van 0 tot 100; de balk is donker vanaf 60, lichter vanaf 40 en het lichtst daaronder</source>
            <translation>Score from 0 to 100; the bar is dark from 60, lighter from 40 and lightest below that</translation>
        </message>
        <message>
            <source>Uitgesloten door ‘moet’ bij {0}: {1}</source>
            <translation>Excluded by ‘must’ on {0}: {1}</translation>
        </message>
        <message>
            <source>Welk deel van het gewicht op gegevens rust die het rapport geeft. Een laag percentage zegt niet dat de methode slecht past, wel dat er weinig over bekend is.</source>
            <translation>How much of the weight rests on data the report gives. A low percentage does not mean the method fits badly, only that little is known about it.</translation>
        </message>
        <message>
            <source>score {0} van 100</source>
            <translation>score {0} out of 100</translation>
        </message>
        <message>
            <source>uitgesloten</source>
            <translation>excluded</translation>
        </message>
        <message>
            <source>Plaats {0}. {1}</source>
            <translation>Place {0}. {1}</translation>
        </message>
    </context>
    <context>
        <name>ContextPanel</name>
        <message>
            <source>Alles leegmaken en de gewichten terugzetten</source>
            <translation>Clear everything and reset the weights</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Doelgroep</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Er moet een handboek zijn</source>
            <translation>There must be a handbook</translation>
        </message>
        <message>
            <source>Handboek</source>
            <translation>Handbook</translation>
        </message>
        <message>
            <source>Handboek: er moet een handboek zijn</source>
            <translation>Handbook: there must be a handbook</translation>
        </message>
        <message>
            <source>Onderzoek</source>
            <translation>Research</translation>
        </message>
        <message>
            <source>Onderzoek naar de methode telt mee</source>
            <translation>Research into the method counts</translation>
        </message>
        <message>
            <source>Onderzoek: onderzoek naar de methode telt mee</source>
            <translation>Research: research into the method counts</translation>
        </message>
        <message>
            <source>Plaats</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Productiekracht</source>
            <translation>Production power</translation>
        </message>
        <message>
            <source>Standaardwaarden</source>
            <translation>Defaults</translation>
        </message>
        <message>
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Uw situatie</source>
            <translation>Your situation</translation>
        </message>
        <message>
            <source>Uw situatie: standaardwaarden</source>
            <translation>Your situation: defaults</translation>
        </message>
        <message>
            <source>geen voorkeur</source>
            <translation>no preference</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>{0}: bedrag in euro</source>
            <translation>{0}: amount in euros</translation>
        </message>
        <message>
            <source>{0}: onbekend</source>
            <translation>{0}: unknown</translation>
        </message>
        <message>
            <source>{0}: tijdshorizon in maanden</source>
            <translation>{0}: time horizon in months</translation>
        </message>
    </context>
    <context>
        <name>DetailView</name>
        <message>
            <source>Beschrijving van de methode</source>
            <translation>Description of the method</translation>
        </message>
        <message>
            <source>Kies een methode in de lijst om haar beschrijving te lezen.</source>
            <translation>Choose a method in the list to read its description.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeDialog</name>
        <message>
            <source>Achtergrondkennis</source>
            <translation>Background knowledge</translation>
        </message>
        <message>
            <source>Onderwerpen</source>
            <translation>Topics</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Achtergrondkennis…</source>
            <translation>&amp;Background knowledge…</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Ongedaan maken: standaardwaarden</source>
            <translation>&amp;Undo: defaults</translation>
        </message>
        <message>
            <source>&amp;Over Methodewijzer</source>
            <translation>&amp;About Methodewijzer</translation>
        </message>
        <message>
            <source>&amp;Volgend paneel</source>
            <translation>&amp;Next pane</translation>
        </message>
        <message>
            <source>&amp;Zoeken in methoden</source>
            <translation>&amp;Search the methods</translation>
        </message>
        <message>
            <source>1. Beschrijf links uw situatie: plaats, doelgroep, doelen, productiekracht, budget, tijd.
2. Geef met de schuifjes aan hoe zwaar elk punt weegt (0 = telt niet mee, 5 = zeer zwaar). Vink ‘moet’ aan voor een harde eis: methoden die daar niet aan voldoen, worden uitgesloten.
3. In het midden staan de methoden op volgorde. ‘Gegevens bekend’ zegt welk deel van het gewicht op gegevens uit het rapport rust; wat het rapport niet vermeldt, telt neutraal mee. Methoden die een ‘moet’ uitsluit, staan grijs onderaan, met de reden.
4. Naast of onder de lijst leest u de gekozen methode, met ‘Waarom deze plek’ per criterium en de kanttekeningen uit het rapport.
5. Zoeken (Ctrl+F) filtert de lijst terwijl u typt; met ↓ of Enter gaat u naar de resultaten, Esc maakt het zoekveld leeg.

Toetsenbord: Tab gaat van lijst naar beschrijving naar uw situatie, de pijltjes bewegen binnen de lijst, F6 springt naar het volgende paneel. Ctrl+F zoeken, Ctrl+Z standaardwaarden ongedaan maken, F1 help, Ctrl+Q afsluiten. De taal kiest u onder Beeld → Taal.

Bron: MOVISIE, Verkenning actief burgerschap (2011). Licenties en meer: Help → Over Methodewijzer.</source>
            <translation>1. Describe your situation on the left: setting, target group, goals, production power, budget, time.
2. Use the sliders to say how much each point weighs (0 = does not count, 5 = very heavy). Tick ‘must’ for a hard requirement: methods that do not meet it are excluded.
3. In the middle the methods are in order. ‘Data known’ says how much of the weight rests on data from the report; what the report does not mention counts as neutral. Methods a ‘must’ excludes are greyed at the bottom, with the reason.
4. Next to or under the list you read the chosen method, with ‘Why this place’ per criterion and the caveats from the report.
5. Search (Ctrl+F) filters the list as you type; ↓ or Enter takes you to the results, Esc clears the search field. The methods are described in Dutch, so search with Dutch words.

Keyboard: Tab goes from the list to the description to your situation, the arrows move within the list, F6 jumps to the next pane. Ctrl+F search, Ctrl+Z undo defaults, F1 help, Ctrl+Q quit. Choose the language under View → Language.

Source: MOVISIE, Verkenning actief burgerschap (2011). Licences and more: Help → About Methodewijzer.</translation>
        </message>
        <message>
            <source>B&amp;ewerken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Beschrijvingen van methoden en achtergrondkennis staan in het Nederlands, zoals in het rapport.</source>
            <translation>Method descriptions and background knowledge are in Dutch, as in the report.</translation>
        </message>
        <message>
            <source>Catalogus laden…</source>
            <translation>Loading the catalogue…</translation>
        </message>
        <message>
            <source>Catalogus niet beschikbaar</source>
            <translation>Catalogue not available</translation>
        </message>
        <message>
            <source>De catalogus kon niet worden geopend.</source>
            <translation>The catalogue could not be opened.</translation>
        </message>
        <message>
            <source>Help bij Methodewijzer</source>
            <translation>Methodewijzer help</translation>
        </message>
        <message>
            <source>Klaar. Zoeken met Ctrl+F.</source>
            <translation>Ready. Search with Ctrl+F.</translation>
        </message>
        <message>
            <source>Methoden op volgorde</source>
            <translation>Methods in order</translation>
        </message>
        <message>
            <source>Methodewijzer 0.1 — een offline adviseur voor methoden die actief burgerschap stimuleren.

Bron: MOVISIE, Verkenning actief burgerschap, Utrecht, november 2011 (programma Effectieve sociale interventies). De teksten zijn in eigen woorden; feiten zijn overgenomen. Onbekend betekent: het rapport vermeldt het niet.

Gebouwd met Qt for Python / PySide6 (LGPLv3), SQLAlchemy (MIT), Whoosh-Reloaded (BSD), platformdirs (MIT). Methodewijzer zelf: MIT-licentie.</source>
            <translation>Methodewijzer 0.1 — an offline advisor for methods that encourage active citizenship.

Source: MOVISIE, Verkenning actief burgerschap, Utrecht, November 2011 (programme Effective social interventions). The texts are in our own words; facts are carried over. Unknown means: the report does not mention it. Method descriptions and background knowledge are in Dutch.

Built with Qt for Python / PySide6 (LGPLv3), SQLAlchemy (MIT), Whoosh-Reloaded (BSD), platformdirs (MIT). Methodewijzer itself: MIT licence.</translation>
        </message>
        <message>
            <source>Methodewijzer — methoden voor actief burgerschap</source>
            <translation>Methodewijzer — methods for active citizenship</translation>
        </message>
        <message>
            <source>Niets gevonden voor ‘{0}’</source>
            <translation>Nothing found for ‘{0}’</translation>
        </message>
        <message>
            <source>Over Methodewijzer</source>
            <translation>About Methodewijzer</translation>
        </message>
        <message>
            <source>Situatie &amp;terugzetten naar standaard</source>
            <translation>&amp;Reset the situation to defaults</translation>
        </message>
        <message>
            <source>Situatie teruggezet. Ongedaan maken met Ctrl+Z.</source>
            <translation>Situation reset. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>V&amp;orig paneel</source>
            <translation>&amp;Previous pane</translation>
        </message>
        <message>
            <source>Waarschuwing: deze versie van Qt voor Python lekt geheugen en kan het programma na lang gebruik laten vastlopen. Zie het logboek.</source>
            <translation>Warning: this version of Qt for Python leaks memory and may make the program hang after long use. See the log.</translation>
        </message>
        <message>
            <source>Alleen lezen: {0}</source>
            <translation>Read-only: {0}</translation>
        </message>
        <message>
            <source>Zoeken is niet beschikbaar: {0}</source>
            <translation>Search is not available: {0}</translation>
        </message>
        <message>
            <source>Zoekindex bouwen: {0} van {1} methoden</source>
            <translation>Building the search index: {0} of {1} methods</translation>
        </message>
        <message>
            <source>&amp;Catalogus</source>
            <translation>&amp;Catalogue</translation>
        </message>
        <message>
            <source>situatie terugzetten</source>
            <translation>reset situation</translation>
        </message>
        <message>
            <source>{0} (eenvoudig gezocht: de zoekindex wordt nog gebouwd)</source>
            <translation>{0} (simple search: the search index is still being built)</translation>
        </message>
        <message>
            <source>Zoeken begint bij twee letters; woorden als ‘de’ en ‘het’ tellen niet mee.</source>
            <translation>Search starts at two letters; words such as ‘de’ and ‘het’ do not count.</translation>
        </message>
        <message>
            <source>Fout in Methodewijzer</source>
            <translation>Error in Methodewijzer</translation>
        </message>
    </context>
    <context>
        <name>Methodewijzer</name>
        <message>
            <source> (en als aanpak voor alle bewoners ook {0})</source>
            <translation> (and, as an approach for all residents, also {0})</translation>
        </message>
        <message numerus="yes">
            <source>%n maand(en)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n methode(n) geladen. Zoekindex voorbereiden…</source>
            <translation>
                <numerusform>%n method loaded. Preparing the search index…</numerusform>
                <numerusform>%n methods loaded. Preparing the search index…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n methode(n) gevonden voor ‘{0}’</source>
            <translation>
                <numerusform>%n method found for ‘{0}’</numerusform>
                <numerusform>%n methods found for ‘{0}’</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n methode(n) uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden.</source>
            <translation>
                <numerusform>%n method excluded by ‘must’; greyed at the bottom of the list, with the reason.</numerusform>
                <numerusform>%n methods excluded by ‘must’; greyed at the bottom of the list, with the reason.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>; niet: {0}</source>
            <translation>; not: {0}</translation>
        </message>
        <message>
            <source>Aanpak</source>
            <translation>Approach</translation>
        </message>
        <message>
            <source>Alle 19 methoden laten de meeste productiekracht bij burgers; het verschil is een kwestie van mate.</source>
            <translation>All 19 methods leave most production power with citizens; the difference is one of degree.</translation>
        </message>
        <message>
            <source>Alleen beschrijvend onderzoek bekend.</source>
            <translation>Only descriptive research known.</translation>
        </message>
        <message>
            <source>Als {0} minder weegt ({1} → {2}), komt {3} bovenaan.</source>
            <translation>If {0} weighs less ({1} → {2}), {3} comes out on top.</translation>
        </message>
        <message>
            <source>Als {0} zwaarder weegt ({1} → {2}), komt {3} bovenaan.</source>
            <translation>If {0} weighs more ({1} → {2}), {3} comes out on top.</translation>
        </message>
        <message>
            <source>Bereikt een deel van uw doelgroepen: {terms}{broad}{missing}.</source>
            <translation>Reaches some of your target groups: {terms}{broad}{missing}.</translation>
        </message>
        <message>
            <source>Beschrijf links uw situatie; dan zet Methodewijzer de methoden op volgorde. Tot dan staan ze op naam, zonder score.</source>
            <translation>Describe your situation on the left; Methodewijzer then puts the methods in order. Until then they are listed by name, without a score.</translation>
        </message>
        <message>
            <source>Brengt geld van buiten mee (een fonds of prijs); wat u zelf betaalt, past binnen uw {budget}.</source>
            <translation>Brings in outside money (a fund or prize); what you pay yourself fits within your {budget}.</translation>
        </message>
        <message>
            <source>Brengt geld van buiten mee; wat het u zelf kost, is onbekend.</source>
            <translation>Brings in outside money; what it costs you yourself is unknown.</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>De bijdragen per criterium tellen samen op tot de score ({0} van 100). Match is hoe goed de methode op dat punt past, van 0 tot 1; ? betekent: het rapport zegt er niets over.</source>
            <translation>The contributions of the criteria add up to the score ({0} out of 100). Match is how well the method fits on that point, from 0 to 1; ? means: the report says nothing about it.</translation>
        </message>
        <message>
            <source>De nieuwe taal geldt vanaf de volgende keer dat u Methodewijzer start. / The new language applies from the next time you start Methodewijzer.</source>
            <translation>The new language applies from the next time you start Methodewijzer. / De nieuwe taal geldt vanaf de volgende keer dat u Methodewijzer start.</translation>
        </message>
        <message>
            <source>De schaal telt, maar veel methoden zijn over schalen heen toe te passen.</source>
            <translation>Scale matters, but many methods can be applied across scales.</translation>
        </message>
        <message>
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Doelgroep</source>
            <translation>Target group</translation>
        </message>
        <message>
            <source>Doelgroepen</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Duurt {months} en past in uw {horizon}.</source>
            <translation>Takes {months} and fits in your {horizon}.</translation>
        </message>
        <message>
            <source>Duurt {months}, langer dan uw {horizon}.</source>
            <translation>Takes {months}, longer than your {horizon}.</translation>
        </message>
        <message>
            <source>Een handboek maakt een methode overdraagbaar, maar is vaak onbekend.</source>
            <translation>A handbook makes a method transferable, but whether there is one is often unknown.</translation>
        </message>
        <message>
            <source>Een methode moet de mensen bereiken met wie u werkt.</source>
            <translation>A method must reach the people you work with.</translation>
        </message>
        <message>
            <source>Er is een handboek.</source>
            <translation>There is a handbook.</translation>
        </message>
        <message>
            <source>Er is geen handboek.</source>
            <translation>There is no handbook.</translation>
        </message>
        <message>
            <source>Faciliteren</source>
            <translation>Facilitating</translation>
        </message>
        <message>
            <source>Faciliteren en ondersteunen</source>
            <translation>Facilitating and supporting</translation>
        </message>
        <message>
            <source>Geen methode past goed (beste score {0} van 100). Door geen enkele methode gehaald: {1}.</source>
            <translation>No method fits well (best score {0} out of 100). Met by no method: {1}.</translation>
        </message>
        <message>
            <source>Geen onderzoek bekend.</source>
            <translation>No research known.</translation>
        </message>
        <message>
            <source>Gekozen: {0}</source>
            <translation>Chosen: {0}</translation>
        </message>
        <message>
            <source>Geld is een harde grens, maar het rapport noemt lang niet altijd bedragen.</source>
            <translation>Money is a hard limit, but the report often gives no amounts.</translation>
        </message>
        <message>
            <source>Gelezen als {0} (afgerond op hele euro’s)</source>
            <translation>Read as {0} (rounded to whole euros)</translation>
        </message>
        <message>
            <source>Geëvalueerd.</source>
            <translation>Evaluated.</translation>
        </message>
        <message>
            <source>Handboek</source>
            <translation>Handbook</translation>
        </message>
        <message>
            <source>Handvatten bij de uitvoering</source>
            <translation>Tools for carrying out</translation>
        </message>
        <message>
            <source>Het doel is de reden om een methode te kiezen; daarom het zwaarst.</source>
            <translation>The goal is the reason to choose a method; so it weighs the most.</translation>
        </message>
        <message>
            <source>Het rapport geeft hierover niets; neutraal meegeteld.</source>
            <translation>The report says nothing about this; counted as neutral.</translation>
        </message>
        <message>
            <source>Het rapport noemt zelden een looptijd; een zwaar gewicht zou vooral op onbekende gegevens rusten.</source>
            <translation>The report rarely gives a duration; a heavy weight would rest mostly on unknown data.</translation>
        </message>
        <message>
            <source>Is voor alle bewoners, dus ook voor {broad}, maar niet speciaal op hen gericht{missing}.</source>
            <translation>Is for all residents, so also for {broad}, but not aimed at them in particular{missing}.</translation>
        </message>
        <message>
            <source>Kenmerken voor het advies</source>
            <translation>Characteristics used in the advice</translation>
        </message>
        <message>
            <source>Korte beschrijving</source>
            <translation>Short description</translation>
        </message>
        <message>
            <source>Let op</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Let op: geen methode past goed (beste score {0} &lt; {1}). Door geen enkele methode gehaald: {2}.</source>
            <translation>Note: no method fits well (best score {0} &lt; {1}). Met by no method: {2}.</translation>
        </message>
        <message>
            <source>Looptijd</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Makelen en verbinden</source>
            <translation>Brokering and connecting</translation>
        </message>
        <message>
            <source>Materiaal</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Mede-initiatief</source>
            <translation>Co-initiative</translation>
        </message>
        <message>
            <source>Meerdere studies bekend.</source>
            <translation>Several studies known.</translation>
        </message>
        <message>
            <source>Niets gevonden voor ‘{0}’. Probeer minder woorden, een ander woord of het begin van een woord.</source>
            <translation>Nothing found for ‘{0}’. Try fewer words, another word or the start of a word (the methods are described in Dutch).</translation>
        </message>
        <message>
            <source>Nieuwe eerste plaats: {0}</source>
            <translation>New first place: {0}</translation>
        </message>
        <message>
            <source>Nieuws over de volgorde</source>
            <translation>News about the order</translation>
        </message>
        <message>
            <source>Nog geen advies: beschrijf links uw situatie om de methoden te laten scoren.</source>
            <translation>No advice yet: describe your situation on the left to have the methods scored.</translation>
        </message>
        <message>
            <source>Nog niets gekozen</source>
            <translation>Nothing chosen yet</translation>
        </message>
        <message>
            <source>Onderzoek</source>
            <translation>Research</translation>
        </message>
        <message>
            <source>Ontwikkelaar</source>
            <translation>Developer</translation>
        </message>
        <message>
            <source>Betrokken</source>
            <translation>Involved</translation>
        </message>
        <message>
            <source>Past bij uw plaats: {terms}.</source>
            <translation>Fits your setting: {terms}.</translation>
        </message>
        <message>
            <source>Plaats</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Productiekracht</source>
            <translation>Production power</translation>
        </message>
        <message>
            <source>Productiekracht ligt anders: {value}.</source>
            <translation>Production power lies elsewhere: {value}.</translation>
        </message>
        <message>
            <source>Productiekracht zoals u wilt: {value}.</source>
            <translation>Production power as you want it: {value}.</translation>
        </message>
        <message>
            <source>Richt zich op andere doelgroepen: {terms}.</source>
            <translation>Aims at other target groups: {terms}.</translation>
        </message>
        <message>
            <source>Richt zich op een deel van alle bewoners: {terms}.</source>
            <translation>Aims at part of all residents: {terms}.</translation>
        </message>
        <message>
            <source>Richt zich op uw doelgroep: {terms}.</source>
            <translation>Aims at your target group: {terms}.</translation>
        </message>
        <message>
            <source>Rol professional</source>
            <translation>Role of the professional</translation>
        </message>
        <message>
            <source>Runnen van een faciliterend centrum</source>
            <translation>Running a facilitating centre</translation>
        </message>
        <message>
            <source>Score van 0 tot 100, het getal staat naast de balk: donker vanaf 60, lichter vanaf 40, het lichtst daaronder.</source>
            <translation>Score from 0 to 100, the number is next to the bar: dark from 60, lighter from 40, lightest below that.</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>U heeft nog niets over uw situatie opgegeven; alle methoden scoren gelijk.</source>
            <translation>You have not described your situation yet; all methods score the same.</translation>
        </message>
        <message>
            <source>Uitgesloten (voldoet niet aan een harde eis):</source>
            <translation>Excluded (does not meet a hard requirement):</translation>
        </message>
        <message>
            <source>Uitgesloten door ‘moet’ bij {0}: {1}</source>
            <translation>Excluded by ‘must’ on {0}: {1}</translation>
        </message>
        <message>
            <source>Uitnodigen van burgers als mede-initiatiefnemer</source>
            <translation>Inviting citizens as co-initiators</translation>
        </message>
        <message>
            <source>Verdelen van budgetten</source>
            <translation>Distributing budgets</translation>
        </message>
        <message>
            <source>Vraagt meer geld dan u heeft: ongeveer {need} tegen uw {budget}.</source>
            <translation>Needs more money than you have: about {need} against your {budget}.</translation>
        </message>
        <message>
            <source>Vraagt ongeveer {need} en dat past binnen uw {budget}.</source>
            <translation>Needs about {need}, which fits within your {budget}.</translation>
        </message>
        <message>
            <source>Waarom deze plek</source>
            <translation>Why this place</translation>
        </message>
        <message>
            <source>Weinig methoden zijn op effect onderzocht (hoofdstuk 5); onderzoek is een pluspunt, geen voorwaarde.</source>
            <translation>Few methods have been studied for effect (chapter 5); research is a plus, not a condition.</translation>
        </message>
        <message>
            <source>Werkt aan al uw doelen: {terms}.</source>
            <translation>Works on all your goals: {terms}.</translation>
        </message>
        <message>
            <source>Werkt aan andere doelen: {terms}.</source>
            <translation>Works on other goals: {terms}.</translation>
        </message>
        <message>
            <source>Werkt aan een deel van uw doelen: {terms}{missing}.</source>
            <translation>Works on some of your goals: {terms}{missing}.</translation>
        </message>
        <message>
            <source>Werkt op een andere schaal: {terms}.</source>
            <translation>Works at another scale: {terms}.</translation>
        </message>
        <message>
            <source>Werkt op een naburige schaal ({terms}) in plaats van {wanted}.</source>
            <translation>Works at a neighbouring scale ({terms}) instead of {wanted}.</translation>
        </message>
        <message>
            <source>activering</source>
            <translation>activation</translation>
        </message>
        <message>
            <source>alle bewoners</source>
            <translation>all residents</translation>
        </message>
        <message>
            <source>begrip</source>
            <translation>concept</translation>
        </message>
        <message>
            <source>beschrijvend onderzoek</source>
            <translation>descriptive research</translation>
        </message>
        <message>
            <source>betaald door een externe partij</source>
            <translation>paid by an outside party</translation>
        </message>
        <message>
            <source>betrokkenheid</source>
            <translation>engagement</translation>
        </message>
        <message>
            <source>bevinding</source>
            <translation>finding</translation>
        </message>
        <message>
            <source>bewonersgroepen</source>
            <translation>resident groups</translation>
        </message>
        <message>
            <source>bijdrage +{0} (gewicht {1}, match {2})</source>
            <translation>contribution +{0} (weight {1}, match {2})</translation>
        </message>
        <message>
            <source>bijv. 5.000</source>
            <translation>e.g. 5.000</translation>
        </message>
        <message>
            <source>budget</source>
            <translation>budget</translation>
        </message>
        <message>
            <source>buurt</source>
            <translation>neighbourhood</translation>
        </message>
        <message>
            <source>coproductie</source>
            <translation>co-production</translation>
        </message>
        <message>
            <source>criterium</source>
            <translation>criterion</translation>
        </message>
        <message>
            <source>dilemma</source>
            <translation>dilemma</translation>
        </message>
        <message>
            <source>doelen</source>
            <translation>goals</translation>
        </message>
        <message>
            <source>doelgroep</source>
            <translation>target group</translation>
        </message>
        <message>
            <source>dorp</source>
            <translation>village</translation>
        </message>
        <message>
            <source>eigen bijdrage van deelnemers</source>
            <translation>participants' own contribution</translation>
        </message>
        <message>
            <source>emancipatie</source>
            <translation>emancipation</translation>
        </message>
        <message>
            <source>faciliteren</source>
            <translation>facilitate</translation>
        </message>
        <message>
            <source>geen afzonderlijk criterium</source>
            <translation>no single criterion</translation>
        </message>
        <message>
            <source>geen enkel afzonderlijk criterium</source>
            <translation>no single criterion</translation>
        </message>
        <message>
            <source>geen onderzoek bekend</source>
            <translation>no research known</translation>
        </message>
        <message>
            <source>gegevens bekend</source>
            <translation>data known</translation>
        </message>
        <message>
            <source>gemeente</source>
            <translation>municipality</translation>
        </message>
        <message>
            <source>geëvalueerd</source>
            <translation>evaluated</translation>
        </message>
        <message>
            <source>handboek</source>
            <translation>handbook</translation>
        </message>
        <message>
            <source>hoog</source>
            <translation>high</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>jongeren</source>
            <translation>young people</translation>
        </message>
        <message>
            <source>kanttekening</source>
            <translation>caveat</translation>
        </message>
        <message>
            <source>kosten voor wie de methode toepast</source>
            <translation>costs for whoever applies the method</translation>
        </message>
        <message>
            <source>kwetsbare groepen</source>
            <translation>vulnerable groups</translation>
        </message>
        <message>
            <source>laag</source>
            <translation>low</translation>
        </message>
        <message>
            <source>leefbaarheid</source>
            <translation>liveability</translation>
        </message>
        <message numerus="yes">
            <source>maand(en)</source>
            <translation>
                <numerusform>month</numerusform>
                <numerusform>months</numerusform>
            </translation>
        </message>
        <message>
            <source>meerdere studies</source>
            <translation>several studies</translation>
        </message>
        <message>
            <source>mensen ver van de arbeidsmarkt</source>
            <translation>people far from the labour market</translation>
        </message>
        <message>
            <source>methode</source>
            <translation>method</translation>
        </message>
        <message>
            <source>middel</source>
            <translation>medium</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>onderlinge hulp</source>
            <translation>mutual help</translation>
        </message>
        <message>
            <source>ondersteunen</source>
            <translation>support</translation>
        </message>
        <message>
            <source>onderzoek</source>
            <translation>research</translation>
        </message>
        <message>
            <source>onze lezing</source>
            <translation>our reading</translation>
        </message>
        <message>
            <source>onze lezing van het rapport</source>
            <translation>our reading of the report</translation>
        </message>
        <message>
            <source>openbare ruimte</source>
            <translation>public space</translation>
        </message>
        <message>
            <source>organisaties</source>
            <translation>organisations</translation>
        </message>
        <message>
            <source>ouderen</source>
            <translation>older people</translation>
        </message>
        <message>
            <source>participatie</source>
            <translation>participation</translation>
        </message>
        <message>
            <source>personen en gezinnen</source>
            <translation>individuals and families</translation>
        </message>
        <message>
            <source>plaats</source>
            <translation>setting</translation>
        </message>
        <message>
            <source>plannen voor de lange termijn</source>
            <translation>long-term planning</translation>
        </message>
        <message>
            <source>productiekracht</source>
            <translation>production power</translation>
        </message>
        <message>
            <source>professionals</source>
            <translation>professionals</translation>
        </message>
        <message>
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <source>sociale samenhang</source>
            <translation>social cohesion</translation>
        </message>
        <message>
            <source>staat in het rapport</source>
            <translation>stated in the report</translation>
        </message>
        <message>
            <source>straat</source>
            <translation>street</translation>
        </message>
        <message>
            <source>tijd</source>
            <translation>time</translation>
        </message>
        <message>
            <source>tot {0}</source>
            <translation>up to {0}</translation>
        </message>
        <message>
            <source>uitnodigen</source>
            <translation>invite</translation>
        </message>
        <message>
            <source>verbinden</source>
            <translation>connect</translation>
        </message>
        <message>
            <source>verstrekt door de organisator aan bewoners</source>
            <translation>given by the organiser to residents</translation>
        </message>
        <message>
            <source>vooral bij burgers</source>
            <translation>mainly with citizens</translation>
        </message>
        <message>
            <source>voorzieningen dichtbij</source>
            <translation>local facilities</translation>
        </message>
        <message>
            <source>vrijwillige inzet</source>
            <translation>volunteering</translation>
        </message>
        <message>
            <source>vrijwilligers</source>
            <translation>volunteers</translation>
        </message>
        <message>
            <source>vrouwen met kinderen</source>
            <translation>women with children</translation>
        </message>
        <message>
            <source>wijk</source>
            <translation>district</translation>
        </message>
        <message>
            <source>zeker</source>
            <translation>known</translation>
        </message>
        <message>
            <source>zelfredzaamheid</source>
            <translation>self-reliance</translation>
        </message>
        <message>
            <source>{0}%</source>
            <translation>{0}%</translation>
        </message>
        <message>
            <source>‘{0}’ is geen bedrag; typ bijv. 5000 of 5.000,50. Het advies rekent met {1}.</source>
            <translation>‘{0}’ is not an amount; type e.g. 5000 or 5.000,50 (Dutch notation). The advice uses {1}.</translation>
        </message>
        <message>
            <source>plaats {best} tot {worst}</source>
            <translation>place {best} to {worst}</translation>
        </message>
        <message>
            <source>Het rapport zegt niets over {criteria}; daardoor kan deze methode op plaats {best} tot {worst} staan.</source>
            <translation>The report says nothing about {criteria}; so this method may rank anywhere from place {best} to {worst}.</translation>
        </message>
        <message>
            <source>Onbekende gegevens van andere methoden kunnen deze methode op plaats {best} tot {worst} zetten.</source>
            <translation>Unknown data of other methods may put this method anywhere from place {best} to {worst}.</translation>
        </message>
        <message>
            <source>{criterion} mag tussen {min} en {max} wegen zonder dat de eerste plaats verandert.</source>
            <translation>{criterion} may weigh between {min} and {max} without changing the first place.</translation>
        </message>
        <message>
            <source>{criterion} mag elk gewicht boven 0 tot en met {max} krijgen zonder dat de eerste plaats verandert.</source>
            <translation>{criterion} may take any weight above 0 up to {max} without changing the first place.</translation>
        </message>
        <message>
            <source>Bij elk ander gewicht voor {criterion} verandert de eerste plaats.</source>
            <translation>Any other weight for {criterion} changes the first place.</translation>
        </message>
        <message>
            <source>De eerste plaats houdt stand zolang {criterion} minstens {bound} weegt (nu {weight}); bij gewicht {new} staat {method} bovenaan.</source>
            <translation>The first place holds as long as {criterion} weighs at least {bound} (now {weight}); at weight {new}, {method} comes first.</translation>
        </message>
        <message>
            <source>De eerste plaats houdt stand zolang {criterion} hoogstens {bound} weegt (nu {weight}); bij gewicht {new} staat {method} bovenaan.</source>
            <translation>The first place holds as long as {criterion} weighs at most {bound} (now {weight}); at weight {new}, {method} comes first.</translation>
        </message>
        <message>
            <source>De eerste plaats houdt stand zolang {criterion} meetelt (nu {weight}); telt het niet mee, dan staat {method} bovenaan.</source>
            <translation>The first place holds as long as {criterion} counts (now {weight}); if it does not count, {method} comes first.</translation>
        </message>
        <message>
            <source>Geen duidelijke winnaar: {names} liggen dicht bij elkaar.</source>
            <translation>No clear winner: {names} are close together.</translation>
        </message>
        <message>
            <source>Sterk: {criteria}.</source>
            <translation>Strong: {criteria}.</translation>
        </message>
        <message>
            <source>Zwak: {criteria}.</source>
            <translation>Weak: {criteria}.</translation>
        </message>
        <message>
            <source>{method} vult aan waar {top} zwak is ({criteria}); methoden combineren is onze suggestie, niet die van het rapport.</source>
            <translation>{method} complements {top} where it is weak ({criteria}); combining methods is our suggestion, not the report's.</translation>
        </message>
        <message>
            <source>{0} en {1}</source>
            <translation>{0} and {1}</translation>
        </message>
        <message>
            <source>{0} en {1} andere</source>
            <translation>{0} and {1} others</translation>
        </message>
        <message>
            <source>Bereik van {0} waarin de eerste plaats blijft</source>
            <translation>Range of {0} within which the first place holds</translation>
        </message>
        <message>
            <source>Hoe vast de eerste plaats staat:</source>
            <translation>How firm the first place is:</translation>
        </message>
        <message>
            <source>Criterium</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>De gewichten</source>
            <translation>The weights</translation>
        </message>
        <message>
            <source>De ranglijst</source>
            <translation>The ranking</translation>
        </message>
        <message>
            <source>De situatie</source>
            <translation>The situation</translation>
        </message>
        <message>
            <source>Deelnemer {0}</source>
            <translation>Participant {0}</translation>
        </message>
        <message>
            <source>Eigen eerste keuze gelijk aan die van de groep: {0} van de deelnemers.</source>
            <translation>Own first choice equal to the group's: {0} of the participants.</translation>
        </message>
        <message>
            <source>Eigen eerste keuze gelijk aan die van de groep: {0}% van de deelnemers.</source>
            <translation>Own first choice equal to the group's: {0}% of the participants.</translation>
        </message>
        <message>
            <source>Eigen eerste keuze per deelnemer:</source>
            <translation>Each participant's own first choice:</translation>
        </message>
        <message>
            <source>Hoe vast het advies staat</source>
            <translation>How firm the advice is</translation>
        </message>
        <message>
            <source>Methode</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Overeenstemming (Kendalls W, 0 tot 1): {0}.</source>
            <translation>Agreement (Kendall's W, 0 to 1): {0}.</translation>
        </message>
        <message>
            <source>Ranglijst van de groep (gemiddelde gewichten)</source>
            <translation>The group's ranking (mean weights)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Stap {0} van {1}: {2}</source>
            <translation>Step {0} of {1}: {2}</translation>
        </message>
        <message>
            <source>Tijdshorizon</source>
            <translation>Time horizon</translation>
        </message>
        <message>
            <source>Voorsprong van de eerste op de tweede: {0} punten.</source>
            <translation>Lead of the first over the second: {0} points.</translation>
        </message>
        <message>
            <source>Waar de gewichten het meest uiteenlopen:</source>
            <translation>Where the weights differ most:</translation>
        </message>
        <message>
            <source>Waar u op moet letten</source>
            <translation>What to watch out for</translation>
        </message>
        <message>
            <source>Waarom de eerste methode</source>
            <translation>Why the first method</translation>
        </message>
        <message>
            <source>Zekerheid</source>
            <translation>Certainty</translation>
        </message>
        <message>
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <source>moet</source>
            <translation>must</translation>
        </message>
        <message>
            <source>verborgen</source>
            <translation>hidden</translation>
        </message>
        <message>
            <source>{0} scoort vooral hoger op {1} dan {2}.</source>
            <translation>{0} scores higher than {2} mainly on {1}.</translation>
        </message>
        <message>
            <source>Deze methoden scoren op elk criterium gelijk.</source>
            <translation>These methods score the same on every criterion.</translation>
        </message>
        <message>
            <source>Duidelijke winnaar: {0}.</source>
            <translation>Clear winner: {0}.</translation>
        </message>
        <message>
            <source>Er is maar één methode over; er is niets om mee te vergelijken.</source>
            <translation>Only one method is left; there is nothing to compare it with.</translation>
        </message>
        <message>
            <source>Groepsweging</source>
            <translation>Group weighting</translation>
        </message>
        <message>
            <source>{0} deelnemers; het groepsgewicht is het gemiddelde van hun gewichten.</source>
            <translation>{0} participants; the group weight is the mean of their weights.</translation>
        </message>
        <message>
            <source>Groepsgewicht</source>
            <translation>Group weight</translation>
        </message>
        <message>
            <source>Laagste</source>
            <translation>Lowest</translation>
        </message>
        <message>
            <source>Hoogste</source>
            <translation>Highest</translation>
        </message>
        <message>
            <source>Verschil</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Deelnemer</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Eerste keuze</source>
            <translation>First choice</translation>
        </message>
        <message>
            <source>niets opgegeven</source>
            <translation>nothing given</translation>
        </message>
        <message>
            <source>aangepast</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Geen methode over.</source>
            <translation>No method left.</translation>
        </message>
        <message>
            <source>Het rapport noemt geen aandachtspunten bij deze methode.</source>
            <translation>The report names no points of attention for this method.</translation>
        </message>
        <message numerus="yes">
            <source>%n methode(n) geëxporteerd.</source>
            <translation>
                <numerusform>%n method exported.</numerusform>
                <numerusform>%n methods exported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methodewijzer: methoden voor actief burgerschap (MOVISIE, 2011).</source>
            <translation>Methodewijzer: methods for active citizenship (MOVISIE, 2011).</translation>
        </message>
        <message>
            <source>databaseadres (standaard: bestand in uw gegevensmap)</source>
            <translation>database address (default: a file in your data folder)</translation>
        </message>
        <message>
            <source>OPDRACHT</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <source>MAP</source>
            <translation>FOLDER</translation>
        </message>
        <message>
            <source>een andere map met methodebestanden als basiscatalogus</source>
            <translation>another folder of method files as the base catalogue</translation>
        </message>
        <message>
            <source>alle methoden</source>
            <translation>all methods</translation>
        </message>
        <message>
            <source>uitvoer als JSON</source>
            <translation>output as JSON</translation>
        </message>
        <message>
            <source>één methode in detail</source>
            <translation>one method in detail</translation>
        </message>
        <message>
            <source>id van de methode, zie 'list'</source>
            <translation>the method's id, see 'list'</translation>
        </message>
        <message>
            <source>Onbekende methode '{0}'.{1} Zie 'methodewijzer-cli list'.</source>
            <translation>Unknown method '{0}'.{1} See 'methodewijzer-cli list'.</translation>
        </message>
        <message>
            <source>Bedoelt u: {0}?</source>
            <translation>Did you mean: {0}?</translation>
        </message>
        <message>
            <source>zoeken in de teksten van alle methoden</source>
            <translation>search the texts of all methods</translation>
        </message>
        <message>
            <source>Zoek in de teksten van alle methoden. Alle woorden moeten voorkomen; ook mogelijk: "een zinsdeel", coop* (begint met) en doelgroep:ouderen (velden: naam, samenvatting, doelgroep, doel, aanpak, ontwikkelaar, materiaal, onderzoek).</source>
            <translation>Search the texts of all methods. Every word must occur; also possible: "a phrase", coop* (starts with) and doelgroep:ouderen (fields, named in Dutch: naam, samenvatting, doelgroep, doel, aanpak, ontwikkelaar, materiaal, onderzoek). The method texts are in Dutch.</translation>
        </message>
        <message>
            <source>ZOEKVRAAG</source>
            <translation>QUERY</translation>
        </message>
        <message>
            <source>wat u zoekt</source>
            <translation>what you are looking for</translation>
        </message>
        <message>
            <source>hoogstens N resultaten (standaard {0})</source>
            <translation>at most N results (default {0})</translation>
        </message>
        <message>
            <source>het laatste woord is het begin van een woord, zoals tijdens het typen</source>
            <translation>the last word is the start of a word, as while typing</translation>
        </message>
        <message>
            <source>--limit moet 1 of meer zijn, niet {0}.</source>
            <translation>--limit must be 1 or more, not {0}.</translation>
        </message>
        <message>
            <source>Geen methoden gevonden voor '{0}'. Probeer minder woorden of een ander woord.</source>
            <translation>No methods found for '{0}'. Try fewer words or another word.</translation>
        </message>
        <message>
            <source>De zoekindex wordt opgebouwd…</source>
            <translation>Building the search index…</translation>
        </message>
        <message numerus="yes">
            <source>%n methode(n) gevonden voor '{0}':</source>
            <translation>
                <numerusform>%n method found for '{0}':</numerusform>
                <numerusform>%n methods found for '{0}':</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}, score {1}</source>
            <translation>{0}, score {1}</translation>
        </message>
        <message>
            <source>eigen</source>
            <translation>own</translation>
        </message>
        <message>
            <source>{0} (onze lezing: {1})</source>
            <translation>{0} (our reading: {1})</translation>
        </message>
        <message>
            <source>eigen methode van {0}, {1}</source>
            <translation>own method by {0}, {1}</translation>
        </message>
        <message>
            <source>Betrokken: {0}</source>
            <translation>Involved: {0}</translation>
        </message>
        <message>
            <source>Handboek: {0}</source>
            <translation>Handbook: {0}</translation>
        </message>
        <message>
            <source>zonder titel: {0}</source>
            <translation>untitled: {0}</translation>
        </message>
        <message>
            <source>methoden op volgorde voor uw situatie</source>
            <translation>methods in order for your situation</translation>
        </message>
        <message>
            <source>plaats (herhaalbaar): {0}</source>
            <translation>setting (repeatable): {0}</translation>
        </message>
        <message>
            <source>doelgroep (herhaalbaar): {0}</source>
            <translation>target group (repeatable): {0}</translation>
        </message>
        <message>
            <source>doel (herhaalbaar): {0}</source>
            <translation>goal (repeatable): {0}</translation>
        </message>
        <message>
            <source>SOORT</source>
            <translation>KIND</translation>
        </message>
        <message>
            <source>citizen of shared</source>
            <translation>citizen or shared</translation>
        </message>
        <message>
            <source>beschikbaar budget in euro</source>
            <translation>available budget in euros</translation>
        </message>
        <message>
            <source>tijdshorizon in maanden</source>
            <translation>time horizon in months</translation>
        </message>
        <message>
            <source>alleen methoden met een handboek tellen mee</source>
            <translation>only methods with a handbook count</translation>
        </message>
        <message>
            <source>onderzoek naar de methode telt mee</source>
            <translation>research into the method counts</translation>
        </message>
        <message>
            <source>gewicht {0}-{1} per criterium: {2}</source>
            <translation>weight {0}-{1} per criterion: {2}</translation>
        </message>
        <message>
            <source>criterium waaraan een methode moet voldoen</source>
            <translation>criterion a method must meet</translation>
        </message>
        <message>
            <source>opgeslagen situaties (casussen)</source>
            <translation>saved situations (cases)</translation>
        </message>
        <message>
            <source>eigen methoden en lokale aanpassingen</source>
            <translation>own methods and local changes</translation>
        </message>
        <message>
            <source>catalogus exporteren of importeren</source>
            <translation>export or import the catalogue</translation>
        </message>
        <message>
            <source>beheer van een gedeelde catalogus op PostgreSQL</source>
            <translation>administer a shared catalogue on PostgreSQL</translation>
        </message>
        <message>
            <source>advies met de gewichten van een groep deelnemers (CSV)</source>
            <translation>advice with the weights of a group of participants (CSV)</translation>
        </message>
        <message>
            <source>rapport van een casus: .pdf (rapport) of .csv (ranglijst)</source>
            <translation>report of a case: .pdf (report) or .csv (ranking)</translation>
        </message>
        <message>
            <source>Bedoelde u ‘{0}’?</source>
            <translation>Did you mean ‘{0}’?</translation>
        </message>
        <message>
            <source>Zoeken naar ‘{0}’</source>
            <translation>Search for ‘{0}’</translation>
        </message>
        <message>
            <source>ACTIE</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>BESTAND</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>CSV met kolom participant en een kolom per criterium (gewicht 0-5)</source>
            <translation>CSV with a participant column and one column per criterion (weight 0-5)</translation>
        </message>
        <message>
            <source>DEELNEMERS.csv</source>
            <translation>PARTICIPANTS.csv</translation>
        </message>
        <message>
            <source>METHODE_ID</source>
            <translation>METHOD_ID</translation>
        </message>
        <message>
            <source>NAAM</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>SQL voor de rollen methodewijzer_lezer en methodewijzer_redacteur</source>
            <translation>SQL for the roles methodewijzer_lezer and methodewijzer_redacteur</translation>
        </message>
        <message>
            <source>TAAK</source>
            <translation>TASK</translation>
        </message>
        <message>
            <source>TEKST</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>aantekeningen</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>alle casussen, laatst gewijzigd eerst</source>
            <translation>all cases, last changed first</translation>
        </message>
        <message>
            <source>alleen dit veld</source>
            <translation>only this field</translation>
        </message>
        <message>
            <source>alleen tonen wat er zou gebeuren</source>
            <translation>only show what would happen</translation>
        </message>
        <message>
            <source>auteur (standaard: uw gebruikersnaam)</source>
            <translation>author (default: your user name)</translation>
        </message>
        <message>
            <source>bestaande methoden bijwerken: als nieuwer (standaard), altijd of nooit</source>
            <translation>update existing methods: when newer (default), always or never</translation>
        </message>
        <message>
            <source>de gekozen methode (elke methode mag)</source>
            <translation>the chosen method (any method)</translation>
        </message>
        <message>
            <source>doelbestand op .pdf of .csv</source>
            <translation>target file ending in .pdf or .csv</translation>
        </message>
        <message>
            <source>een bestaande casus met deze naam vervangen</source>
            <translation>replace an existing case of this name</translation>
        </message>
        <message>
            <source>een casus als bestand (.methodewijzer.json)</source>
            <translation>a case as a file (.methodewijzer.json)</translation>
        </message>
        <message>
            <source>een casus verwijderen</source>
            <translation>delete a case</translation>
        </message>
        <message>
            <source>een casusbestand of rapport-PDF inlezen</source>
            <translation>read a case file or report PDF</translation>
        </message>
        <message>
            <source>een eigen methode toevoegen uit een TOML-bestand</source>
            <translation>add an own method from a TOML file</translation>
        </message>
        <message>
            <source>een eigen methode verwijderen</source>
            <translation>remove an own method</translation>
        </message>
        <message>
            <source>een methode aanpassen met de velden uit een TOML-bestand</source>
            <translation>change a method with the fields from a TOML file</translation>
        </message>
        <message>
            <source>een methode verbergen</source>
            <translation>hide a method</translation>
        </message>
        <message>
            <source>een pakket inlezen (eerst controleren, dan alles of niets)</source>
            <translation>read a package (checked first, then all or nothing)</translation>
        </message>
        <message>
            <source>een situatie opslaan als casus</source>
            <translation>save a situation as a case</translation>
        </message>
        <message>
            <source>een verborgen methode weer tonen</source>
            <translation>show a hidden method again</translation>
        </message>
        <message>
            <source>eigen methoden en aanpassingen naar een pakket</source>
            <translation>own methods and changes into a package</translation>
        </message>
        <message>
            <source>lokale aanpassingen terugdraaien naar de meegeleverde tekst</source>
            <translation>undo local changes back to the shipped text</translation>
        </message>
        <message>
            <source>onder een andere naam opslaan</source>
            <translation>save under another name</translation>
        </message>
        <message>
            <source>ook alle meegeleverde methoden</source>
            <translation>all shipped methods too</translation>
        </message>
        <message>
            <source>opsteller, vermeld op het rapport</source>
            <translation>author, named on the report</translation>
        </message>
        <message>
            <source>voer de SQL uit op de server in --db</source>
            <translation>run the SQL on the server in --db</translation>
        </message>
        <message>
            <source>waarom deze keuze</source>
            <translation>why this choice</translation>
        </message>
        <message>
            <source>één casus</source>
            <translation>one case</translation>
        </message>
        <message>
            <source>Methoden naast elkaar</source>
            <translation>Methods side by side</translation>
        </message>
        <message>
            <source>&amp;Eigen gewichten gebruiken</source>
            <translation>Use &amp;own weights</translation>
        </message>
        <message>
            <source>&amp;Groepsweging gebruiken</source>
            <translation>Use the &amp;group's weights</translation>
        </message>
        <message numerus="yes">
            <source>Gerangschikt met uw eigen gewichten; er is een groepsweging van %n deelnemer(s).</source>
            <translation>
                <numerusform>Ranked by your own weights; there are group weights from %n participant.</numerusform>
                <numerusform>Ranked by your own weights; there are group weights from %n participants.</numerusform>
            </translation>
        </message>
        <message>
            <source>Gewichten</source>
            <translation>Weights</translation>
        </message>
        <message numerus="yes">
            <source>Gewichten van de groep (gemiddelde van %n deelnemer(s))</source>
            <translation>
                <numerusform>The group's weights (mean of %n participant)</numerusform>
                <numerusform>The group's weights (mean of %n participants)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Gerangschikt met de groepsweging (%n deelnemer(s)).</source>
            <translation>
                <numerusform>Ranked by the group's weights (%n participant).</numerusform>
                <numerusform>Ranked by the group's weights (%n participants).</numerusform>
            </translation>
        </message>
        <message>
            <source>De schuifjes tonen uw eigen gewichten; ze tellen weer mee met ‘Eigen gewichten gebruiken’.</source>
            <translation>The sliders show your own weights; they count again with ‘Use own weights’.</translation>
        </message>
        <message>
            <source>Met de gewichten van de groep, zoals in het venster.</source>
            <translation>With the group's weights, as in the window.</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Subsoort</source>
            <translation>Subkind</translation>
        </message>
        <message>
            <source>Doelgroep (tekst)</source>
            <translation>Target group (text)</translation>
        </message>
        <message>
            <source>Stappen</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Toelichting bij het handboek</source>
            <translation>Note on the handbook</translation>
        </message>
        <message>
            <source>Websites</source>
            <translation>Websites</translation>
        </message>
        <message>
            <source>Publicaties</source>
            <translation>Publications</translation>
        </message>
        <message>
            <source>Toelichting bij het onderzoek</source>
            <translation>Note on the research</translation>
        </message>
        <message>
            <source>Studies</source>
            <translation>Studies</translation>
        </message>
        <message>
            <source>Schaal</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Rol van de professional</source>
            <translation>Role of the professional</translation>
        </message>
        <message>
            <source>(niet opgegeven)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <source>Lokale aanpassingen</source>
            <translation>Local changes</translation>
        </message>
        <message>
            <source>Eigen methode, toegevoegd door {0} op {1}.</source>
            <translation>Own method, added by {0} on {1}.</translation>
        </message>
        <message>
            <source>Lokaal aangepast: deze meegeleverde methode is hier veranderd.</source>
            <translation>Changed locally: this shipped method has been changed here.</translation>
        </message>
        <message>
            <source>Aanpassen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Methode aanpassen</source>
            <translation>Edit method</translation>
        </message>
        <message>
            <source>{0}: lokaal aangepast</source>
            <translation>{0}: changed locally</translation>
        </message>
        <message>
            <source>Meegeleverde tekst terugzetten</source>
            <translation>Restore shipped text</translation>
        </message>
        <message>
            <source>Meegeleverde tekst terugzetten: {0}</source>
            <translation>Restore shipped text: {0}</translation>
        </message>
        <message>
            <source>De meegeleverde tekst is veranderd sinds uw aanpassing.</source>
            <translation>The shipped text has changed since your change.</translation>
        </message>
        <message>
            <source>Vergelijken…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <source>Vergelijken: {0}</source>
            <translation>Compare: {0}</translation>
        </message>
        <message>
            <source>&amp;Ongedaan maken</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Ongedaan maken: {0}</source>
            <translation>&amp;Undo: {0}</translation>
        </message>
        <message>
            <source>O&amp;pnieuw</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>O&amp;pnieuw: {0}</source>
            <translation>&amp;Redo: {0}</translation>
        </message>
        <message>
            <source>lokaal aangepast</source>
            <translation>changed locally</translation>
        </message>
        <message>
            <source>Toelichting: {0}</source>
            <translation>Note: {0}</translation>
        </message>
        <message>
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Eigen methode verwijderen</source>
            <translation>Delete own method</translation>
        </message>
        <message>
            <source>schema (via de migraties) en meegeleverde catalogus aanmaken</source>
            <translation>create the schema (through the migrations) and the shipped catalogue</translation>
        </message>
        <message>
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Als nieuwe eigen methode opslaan</source>
            <translation>Save as a new own method</translation>
        </message>
        <message>
            <source>Id van de nieuwe methode:</source>
            <translation>Id of the new method:</translation>
        </message>
        <message>
            <source>(kopie)</source>
            <translation>(copy)</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Verborgen</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <source>wie wat wanneer aan methoden veranderde, nieuwste eerst</source>
            <translation>who changed what in methods and when, newest first</translation>
        </message>
        <message>
            <source>alleen deze methode</source>
            <translation>only this method</translation>
        </message>
        <message>
            <source>hoogstens N regels (standaard 100)</source>
            <translation>at most N lines (default 100)</translation>
        </message>
        <message>
            <source>uw casussen, laatst gewijzigd eerst</source>
            <translation>your cases, most recently changed first</translation>
        </message>
        <message>
            <source>ook de casussen die collega's gedeeld hebben</source>
            <translation>also the cases colleagues have shared</translation>
        </message>
        <message>
            <source>een eigen casus delen met collega's (zij zien hem met list --all)</source>
            <translation>share one of your cases with colleagues (they see it with list --all)</translation>
        </message>
        <message>
            <source>niet meer delen</source>
            <translation>stop sharing</translation>
        </message>
        <message>
            <source>de versie die u opende (zie 'list --json' of 'method log'); standaard de versie bij het starten van deze opdracht. Is de methode intussen door iemand anders gewijzigd, dan wordt er niets opgeslagen.</source>
            <translation>the version you opened (see 'list --json' or 'method log'); by default the version when this command starts. If someone else has changed the method in the meantime, nothing is saved.</translation>
        </message>
        <message>
            <source>Eigen methode, toegevoegd door {0}.</source>
            <translation>Own method, added by {0}.</translation>
        </message>
        <message>
            <source>Adviesrapport Methodewijzer</source>
            <translation>Methodewijzer advice report</translation>
        </message>
        <message>
            <source>Pagina {0} van {1}</source>
            <translation>Page {0} of {1}</translation>
        </message>
        <message>
            <source>Catalogus laden…</source>
            <translation>Loading the catalogue…</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Zoeken in de methoden, bijv. vrijwilligers, ouderen, budget (Ctrl+F)</source>
            <translation>Search the methods (in Dutch), e.g. vrijwilligers, ouderen, budget (Ctrl+F)</translation>
        </message>
        <message>
            <source>Zoeken in methoden</source>
            <translation>Search the methods</translation>
        </message>
    </context>
    <context>
        <name>WeightRow</name>
        <message>
            <source>Gewicht</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Methoden die hier niet aan voldoen, worden uitgesloten</source>
            <translation>Methods that do not meet this are excluded</translation>
        </message>
        <message>
            <source>Telt nu mee in de score; pas met ‘moet’ vallen methoden zonder dit af.</source>
            <translation>Counts in the score now; only with ‘must’ are methods without it dropped.</translation>
        </message>
        <message>
            <source>moet</source>
            <translation>must</translation>
        </message>
        <message>
            <source>{0}: gewicht</source>
            <translation>{0}: weight</translation>
        </message>
        <message>
            <source>{0}: moet (harde eis)</source>
            <translation>{0}: must (hard requirement)</translation>
        </message>
        <message>
            <source>‘moet’ werkt pas als u bij {0} iets invult; nu sluit het niets uit.</source>
            <translation>‘must’ only works once you fill in something for {0}; now it excludes nothing.</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>&amp;Importeren…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>&amp;Nieuw</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;Openen…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Rapport opslaan als PDF…</source>
            <translation>Save &amp;report as PDF…</translation>
        </message>
        <message>
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Af&amp;drukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>De situatie ‘{0}’ heeft wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?</source>
            <translation>The situation ‘{0}’ has unsaved changes. Do you want to save them?</translation>
        </message>
        <message>
            <source>Naam van de &amp;opsteller…</source>
            <translation>&amp;Author's name…</translation>
        </message>
        <message>
            <source>Naamloze situatie</source>
            <translation>Untitled situation</translation>
        </message>
        <message>
            <source>Niet-opgeslagen wijzigingen</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Op&amp;slaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Opslaan &amp;als…</source>
            <translation>Save &amp;as…</translation>
        </message>
        <message>
            <source>Ranglijst opslaan als &amp;CSV…</source>
            <translation>Save ranking as &amp;CSV…</translation>
        </message>
        <message>
            <source>Verwijderen &amp;ongedaan maken</source>
            <translation>&amp;Undo delete</translation>
        </message>
        <message>
            <source>{0}[*] — Methodewijzer</source>
            <translation>{0}[*] — Methodewijzer</translation>
        </message>
        <message>
            <source>Niet verwijderd</source>
            <translation>Not deleted</translation>
        </message>
        <message>
            <source>&amp;Delen met collega's</source>
            <translation>&amp;Share with colleagues</translation>
        </message>
        <message>
            <source>Casus ‘{0}’ wordt gedeeld met collega's.</source>
            <translation>Case ‘{0}’ is shared with colleagues.</translation>
        </message>
        <message>
            <source>Casus ‘{0}’ is alleen voor u.</source>
            <translation>Case ‘{0}’ is for you only.</translation>
        </message>
        <message>
            <source>Niet gelukt</source>
            <translation>Did not work</translation>
        </message>
        <message>
            <source>Advies veranderd</source>
            <translation>Advice changed</translation>
        </message>
        <message>
            <source>Deze casus is gemaakt met een oudere catalogus. Het advies is sindsdien veranderd: eerst stond ‘{0}’ bovenaan, nu ‘{1}’.</source>
            <translation>This case was made with an older catalogue. The advice has changed since: ‘{0}’ came first then, ‘{1}’ does now.</translation>
        </message>
        <message>
            <source>Vorige situatie herstellen?</source>
            <translation>Restore the previous situation?</translation>
        </message>
        <message>
            <source>Bij het vorige gebruik is een situatie niet opgeslagen. Wilt u die terugzien?</source>
            <translation>A situation was not saved when the program was last used. Do you want it back?</translation>
        </message>
        <message>
            <source>De situatie ‘{0}’ heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?</source>
            <translation>The situation ‘{0}’ has changes that have not been saved. Save them first?</translation>
        </message>
        <message>
            <source>Casus vervangen?</source>
            <translation>Replace case?</translation>
        </message>
        <message>
            <source>Er bestaat al een casus ‘{0}’. Vervangen?</source>
            <translation>A case ‘{0}’ already exists. Replace it?</translation>
        </message>
        <message>
            <source>Casus ‘{0}’ opgeslagen.</source>
            <translation>Case ‘{0}’ saved.</translation>
        </message>
        <message>
            <source>Casus ‘{0}’ verwijderd. Ongedaan maken via Bestand → Verwijderen ongedaan maken.</source>
            <translation>Case ‘{0}’ deleted. Undo with File → Undo delete.</translation>
        </message>
        <message>
            <source>Niet teruggezet</source>
            <translation>Not restored</translation>
        </message>
        <message>
            <source>Casus ‘{0}’ teruggezet.</source>
            <translation>Case ‘{0}’ restored.</translation>
        </message>
        <message>
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>ComparisonDialog</name>
        <message>
            <source>(geen derde methode)</source>
            <translation>(no third method)</translation>
        </message>
        <message>
            <source>Kies ten minste twee verschillende methoden.</source>
            <translation>Choose at least two different methods.</translation>
        </message>
        <message>
            <source>Methode &amp;{0}:</source>
            <translation>Method &amp;{0}:</translation>
        </message>
        <message>
            <source>Methode {0}</source>
            <translation>Method {0}</translation>
        </message>
        <message>
            <source>Methoden vergelijken</source>
            <translation>Compare methods</translation>
        </message>
        <message>
            <source>Vergelijking</source>
            <translation>Comparison</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>CSV &amp;importeren…</source>
            <translation>&amp;Import CSV…</translation>
        </message>
        <message>
            <source>Deelnemer</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Deelnemer &amp;toevoegen</source>
            <translation>&amp;Add participant</translation>
        </message>
        <message>
            <source>Deelnemer &amp;verwijderen</source>
            <translation>&amp;Remove participant</translation>
        </message>
        <message>
            <source>Eigen keuzes &amp;tonen</source>
            <translation>&amp;Show own choices</translation>
        </message>
        <message>
            <source>Gewichten per deelnemer (0 tot 5)</source>
            <translation>Weights per participant (0 to 5)</translation>
        </message>
        <message>
            <source>Groepsadvies</source>
            <translation>Group advice</translation>
        </message>
        <message>
            <source>Groepsweging</source>
            <translation>Group weighting</translation>
        </message>
        <message>
            <source>Gewichten van deelnemers importeren</source>
            <translation>Import participants' weights</translation>
        </message>
        <message>
            <source>CSV-bestanden (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Bestand geweigerd</source>
            <translation>File refused</translation>
        </message>
        <message>
            <source>Kan het bestand niet lezen.</source>
            <translation>Cannot read the file.</translation>
        </message>
        <message>
            <source>Er is niets veranderd.</source>
            <translation>Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>&amp;Groter</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>&amp;Kleiner</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>&amp;Presentatiemodus</source>
            <translation>&amp;Presentation mode</translation>
        </message>
        <message>
            <source>&amp;Ware grootte</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <source>Presentatie</source>
            <translation>Presentation</translation>
        </message>
        <message>
            <source>Presentatie verlaten</source>
            <translation>Leave presentation</translation>
        </message>
        <message>
            <source>Volgende stap</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Vorige stap</source>
            <translation>Previous step</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>&amp;Groepsweging…</source>
            <translation>&amp;Group weighting…</translation>
        </message>
        <message>
            <source>&amp;Vergelijken…</source>
            <translation>&amp;Compare…</translation>
        </message>
    </context>
    <context>
        <name>CatalogueActions</name>
        <message>
            <source>&amp;Nieuwe methode…</source>
            <translation>&amp;New method…</translation>
        </message>
        <message>
            <source>Methode &amp;verbergen</source>
            <translation>&amp;Hide method</translation>
        </message>
        <message>
            <source>Verborgen methoden &amp;tonen…</source>
            <translation>&amp;Show hidden methods…</translation>
        </message>
        <message>
            <source>&amp;Laatste wijziging ongedaan maken</source>
            <translation>&amp;Undo last change</translation>
        </message>
        <message>
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>&amp;Importeren…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Niet gelukt</source>
            <translation>Did not succeed</translation>
        </message>
        <message>
            <source>Methode ‘{0}’ toegevoegd.</source>
            <translation>Method ‘{0}’ added.</translation>
        </message>
        <message>
            <source>Methode verbergen</source>
            <translation>Hide method</translation>
        </message>
        <message>
            <source>Kies eerst een methode in de lijst.</source>
            <translation>First choose a method in the list.</translation>
        </message>
        <message>
            <source>Methode verborgen. Terughalen via Catalogus.</source>
            <translation>Method hidden. Bring it back through Catalogue.</translation>
        </message>
        <message>
            <source>Verborgen methoden</source>
            <translation>Hidden methods</translation>
        </message>
        <message>
            <source>Welke methode wilt u weer tonen?</source>
            <translation>Which method do you want to show again?</translation>
        </message>
        <message>
            <source>Catalogus exporteren</source>
            <translation>Export catalogue</translation>
        </message>
        <message>
            <source>Catalogus-pakket ({0})</source>
            <translation>Catalogue package ({0})</translation>
        </message>
        <message>
            <source>Catalogus importeren</source>
            <translation>Import catalogue</translation>
        </message>
        <message>
            <source>Toegevoegd: {0}
Bijgewerkt: {1}
Ongemoeid gelaten: {2}

Nu importeren?</source>
            <translation>Added: {0}
Updated: {1}
Left alone: {2}

Import now?</translation>
        </message>
        <message>
            <source>Methode &amp;aanpassen…</source>
            <translation>&amp;Edit method…</translation>
        </message>
        <message>
            <source>Eigen methode ve&amp;rwijderen</source>
            <translation>&amp;Delete own method</translation>
        </message>
        <message>
            <source>methode toevoegen</source>
            <translation>add method</translation>
        </message>
        <message>
            <source>methode verbergen</source>
            <translation>hide method</translation>
        </message>
        <message>
            <source>Eigen methode verwijderen</source>
            <translation>Delete own method</translation>
        </message>
        <message>
            <source>‘{0}’ verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
            <translation>Delete ‘{0}’? You can undo this with Ctrl+Z.</translation>
        </message>
        <message>
            <source>eigen methode verwijderen</source>
            <translation>delete own method</translation>
        </message>
        <message>
            <source>Methode ‘{0}’ verwijderd.</source>
            <translation>Method ‘{0}’ deleted.</translation>
        </message>
        <message>
            <source>methode weer tonen</source>
            <translation>show method again</translation>
        </message>
        <message>
            <source>Toegevoegd: {0}
Bijgewerkt: {1}
Ongemoeid gelaten: {2}</source>
            <translation>Added: {0}
Updated: {1}
Left alone: {2}</translation>
        </message>
        <message>
            <source>Nu importeren?</source>
            <translation>Import now?</translation>
        </message>
        <message>
            <source>pakket importeren</source>
            <translation>import package</translation>
        </message>
        <message>
            <source>&amp;Wijzigingen…</source>
            <translation>&amp;Changes…</translation>
        </message>
    </context>
    <context>
        <name>MethodForm</name>
        <message>
            <source>Nieuwe methode</source>
            <translation>New method</translation>
        </message>
        <message>
            <source>Schaal</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Doelgroepen</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>&amp;Id (kleine letters, cijfers, streepjes)</source>
            <translation>&amp;Id (lower-case letters, digits, hyphens)</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Soort</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Samenvatting</source>
            <translation>S&amp;ummary</translation>
        </message>
        <message>
            <source>&amp;Doelgroep (tekst)</source>
            <translation>&amp;Target group (text)</translation>
        </message>
        <message>
            <source>Doe&amp;l</source>
            <translation>Goa&amp;l</translation>
        </message>
        <message>
            <source>&amp;Aanpak</source>
            <translation>&amp;Approach</translation>
        </message>
        <message>
            <source>&amp;Ontwikkelaar</source>
            <translation>&amp;Developer</translation>
        </message>
        <message>
            <source>&amp;Productiekracht</source>
            <translation>&amp;Production power</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>Loop&amp;tijd in maanden</source>
            <translation>D&amp;uration in months</translation>
        </message>
        <message>
            <source>Vul een id in, bijvoorbeeld buurtkamer-plus.</source>
            <translation>Enter an id, for example buurtkamer-plus.</translation>
        </message>
        <message>
            <source>Een id bestaat uit kleine letters, cijfers en losse streepjes ertussen (zoals buurtkamer-plus).</source>
            <translation>An id consists of lower-case letters and digits with single hyphens between them (like buurtkamer-plus).</translation>
        </message>
        <message>
            <source>Er bestaat al een methode met dit id. Kies een ander id.</source>
            <translation>A method with this id already exists. Choose another id.</translation>
        </message>
        <message>
            <source>Vul een naam in.</source>
            <translation>Enter a name.</translation>
        </message>
        <message>
            <source>Dit veld is verplicht.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Vul in wie de methode heeft ontwikkeld.</source>
            <translation>Enter who developed the method.</translation>
        </message>
        <message>
            <source>Kies er minstens één.</source>
            <translation>Choose at least one.</translation>
        </message>
        <message>
            <source>Niet opgegeven bij het invoeren.</source>
            <translation>Not given when entered.</translation>
        </message>
        <message>
            <source>Methode aanpassen: {0}</source>
            <translation>Edit method: {0}</translation>
        </message>
        <message>
            <source>Handboe&amp;k</source>
            <translation>Hand&amp;book</translation>
        </message>
        <message>
            <source>Toelichting bij het handboek</source>
            <translation>Note on the handbook</translation>
        </message>
        <message>
            <source>Onde&amp;rzoek</source>
            <translation>&amp;Research</translation>
        </message>
        <message>
            <source>Toelichting bij het onderzoek</source>
            <translation>Note on the research</translation>
        </message>
    </context>
    <context>
        <name>GroupRanking</name>
        <message>
            <source>Rangschikken met de &amp;groepsweging</source>
            <translation>Rank by the &amp;group's weights</translation>
        </message>
    </context>
    <context>
        <name>FieldCompare</name>
        <message>
            <source>Vergelijken: {0} van {1}</source>
            <translation>Compare: {0} of {1}</translation>
        </message>
        <message>
            <source>De meegeleverde tekst is veranderd sinds uw aanpassing. Kies welke tekst u wilt houden; de andere twee blijven hier niet bewaard.</source>
            <translation>The shipped text has changed since your change. Choose which text to keep; the other two are not kept here.</translation>
        </message>
        <message>
            <source>&amp;Meegeleverd toen (bij uw aanpassing)</source>
            <translation>&amp;Shipped then (at your change)</translation>
        </message>
        <message>
            <source>Meegeleverd &amp;nu</source>
            <translation>Shipped &amp;now</translation>
        </message>
        <message>
            <source>&amp;Uw tekst</source>
            <translation>&amp;Your text</translation>
        </message>
        <message>
            <source>Deze versie van {0} houden</source>
            <translation>Keep this version of {0}</translation>
        </message>
        <message>
            <source>&amp;Deze houden</source>
            <translation>&amp;Keep this one</translation>
        </message>
    </context>
    <context>
        <name>MethodEditing</name>
        <message>
            <source>Methode aanpassen</source>
            <translation>Edit method</translation>
        </message>
        <message>
            <source>Niets veranderd.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>methode aanpassen</source>
            <translation>edit method</translation>
        </message>
        <message>
            <source>‘{0}’ aangepast: {1}.</source>
            <translation>‘{0}’ changed: {1}.</translation>
        </message>
        <message>
            <source>meegeleverde tekst terugzetten</source>
            <translation>restore shipped text</translation>
        </message>
        <message>
            <source>Meegeleverde tekst teruggezet: {0}.</source>
            <translation>Shipped text restored: {0}.</translation>
        </message>
        <message>
            <source>keuze na vergelijken</source>
            <translation>choice after comparing</translation>
        </message>
        <message>
            <source>Een andere werkplek heeft deze methode intussen opgeslagen. Uw invoer staat er nog: kopieer of pas hem aan. Opslaan vraagt opnieuw welke versie blijft.</source>
            <translation>Another desk saved this method in the meantime. Your input is still here: copy or adjust it. Saving asks again which version stays.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueWatch</name>
        <message>
            <source>De catalogus is op een andere werkplek gewijzigd; de lijst en het zoeken zijn bijgewerkt.</source>
            <translation>The catalogue was changed at another desk; the list and search have been updated.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Tegelijk gewijzigd</source>
            <translation>Changed at the same time</translation>
        </message>
        <message>
            <source>een andere gebruiker</source>
            <translation>another user</translation>
        </message>
        <message>
            <source>‘{0}’ is gewijzigd door {1} op {2}, nadat u de methode opende (u opende versie {3}, opgeslagen is nu versie {4}). Uw wijziging is nog niet opgeslagen. Kies welke versie blijft.</source>
            <translation>‘{0}’ was changed by {1} on {2}, after you opened the method (you opened version {3}; version {4} is now stored). Your change has not been saved yet. Choose which version stays.</translation>
        </message>
        <message>
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Uw versie</source>
            <translation>Your version</translation>
        </message>
        <message>
            <source>Versie van {0}</source>
            <translation>Version by {0}</translation>
        </message>
        <message>
            <source>Verschillen per veld</source>
            <translation>Differences per field</translation>
        </message>
        <message>
            <source>&amp;Mijn versie bewaren</source>
            <translation>&amp;Keep my version</translation>
        </message>
        <message>
            <source>&amp;Hun versie overnemen</source>
            <translation>&amp;Take their version</translation>
        </message>
        <message>
            <source>Als &amp;nieuwe eigen methode opslaan</source>
            <translation>Save as a &amp;new own method</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogDialog</name>
        <message>
            <source>Wijzigingen</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Alleen wijzigingen van deze methode</source>
            <translation>Only changes to this method</translation>
        </message>
        <message>
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Methode</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Veld</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Oud</source>
            <translation>Old</translation>
        </message>
        <message>
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Wijzigingen, nieuwste eerst</source>
            <translation>Changes, newest first</translation>
        </message>
        <message>
            <source>Oude en nieuwe waarde</source>
            <translation>Old and new value</translation>
        </message>
        <message>
            <source>&amp;Methode:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>Alle methoden</source>
            <translation>All methods</translation>
        </message>
        <message>
            <source>Nog geen wijzigingen.</source>
            <translation>No changes yet.</translation>
        </message>
        <message>
            <source>{0} — {1}, versie {2}

Oud:
{3}

Nieuw:
{4}</source>
            <translation>{0} — {1}, version {2}

Old:
{3}

New:
{4}</translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Ook &amp;gedeelde casussen van collega's tonen</source>
            <translation>Also show cases &amp;shared by colleagues</translation>
        </message>
        <message>
            <source>van {0}, gedeeld</source>
            <translation>by {0}, shared</translation>
        </message>
        <message>
            <source>Casus openen</source>
            <translation>Open case</translation>
        </message>
        <message>
            <source>Zoeken op naam of besluit…</source>
            <translation>Search by name or decision…</translation>
        </message>
        <message>
            <source>Casussen zoeken</source>
            <translation>Search cases</translation>
        </message>
        <message>
            <source>Opgeslagen casussen</source>
            <translation>Saved cases</translation>
        </message>
        <message>
            <source>geen besluit</source>
            <translation>no decision</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Subsoort</source>
            <translation>Sub-kind</translation>
        </message>
        <message>
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Doelgroep (tekst)</source>
            <translation>Target group (text)</translation>
        </message>
        <message>
            <source>Doel (tekst)</source>
            <translation>Goal (text)</translation>
        </message>
        <message>
            <source>Werkwijze</source>
            <translation>Approach</translation>
        </message>
        <message>
            <source>Stappen</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Ontwikkelaar</source>
            <translation>Developer</translation>
        </message>
        <message>
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Betrokkenen</source>
            <translation>Involved</translation>
        </message>
        <message>
            <source>Handboek</source>
            <translation>Handbook</translation>
        </message>
        <message>
            <source>Toelichting handboek</source>
            <translation>Handbook note</translation>
        </message>
        <message>
            <source>Webadressen</source>
            <translation>Web addresses</translation>
        </message>
        <message>
            <source>Publicaties</source>
            <translation>Publications</translation>
        </message>
        <message>
            <source>Bewijskracht</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Reden bewijskracht</source>
            <translation>Reason for the evidence</translation>
        </message>
        <message>
            <source>Onderzoeken</source>
            <translation>Studies</translation>
        </message>
        <message>
            <source>Schaal</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Doelgroepen</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Doelen</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Productiekracht</source>
            <translation>Production power</translation>
        </message>
        <message>
            <source>Rol professional</source>
            <translation>Professional's role</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Duur</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Verborgen</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <source>(niet ingevuld)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nee</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailsDialog</name>
        <message>
            <source>Casus opslaan</source>
            <translation>Save case</translation>
        </message>
        <message>
            <source>Naam van de casus</source>
            <translation>Name of the case</translation>
        </message>
        <message>
            <source>Aantekeningen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>nog geen besluit</source>
            <translation>no decision yet</translation>
        </message>
        <message>
            <source>Gekozen methode</source>
            <translation>Chosen method</translation>
        </message>
        <message>
            <source>Reden van de keuze</source>
            <translation>Reason for the choice</translation>
        </message>
        <message>
            <source>&amp;Aantekeningen</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>&amp;Gekozen methode</source>
            <translation>&amp;Chosen method</translation>
        </message>
        <message>
            <source>&amp;Reden van de keuze</source>
            <translation>&amp;Reason for the choice</translation>
        </message>
        <message>
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
    </context>
    <context>
        <name>CaseFiles</name>
        <message>
            <source>Casus exporteren</source>
            <translation>Export case</translation>
        </message>
        <message>
            <source>Methodewijzer-casus (*{0})</source>
            <translation>Methodewijzer case (*{0})</translation>
        </message>
        <message>
            <source>Niet geëxporteerd</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <source>Casus geëxporteerd naar {0}</source>
            <translation>Case exported to {0}</translation>
        </message>
        <message>
            <source>Casus importeren</source>
            <translation>Import case</translation>
        </message>
        <message>
            <source>Casus of rapport (*.json *.pdf)</source>
            <translation>Case or report (*.json *.pdf)</translation>
        </message>
        <message>
            <source>Naam bestaat al</source>
            <translation>Name already exists</translation>
        </message>
        <message>
            <source>Er bestaat al een casus met deze naam. Onder welke naam importeren?</source>
            <translation>A case with this name already exists. Under which name should it be imported?</translation>
        </message>
        <message>
            <source> (2)</source>
            <translation> (2)</translation>
        </message>
        <message>
            <source>Niet geïmporteerd</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <source>Casus ‘{0}’ geïmporteerd.</source>
            <translation>Case ‘{0}’ imported.</translation>
        </message>
        <message>
            <source>Opgeslagen: {0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <source>Rapport opslaan als PDF</source>
            <translation>Save report as PDF</translation>
        </message>
        <message>
            <source>PDF-bestand (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>Ranglijst opslaan als CSV</source>
            <translation>Save ranking as CSV</translation>
        </message>
        <message>
            <source>CSV-bestand (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Opsteller</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Naam die op rapporten staat (leeg laten mag):</source>
            <translation>Name shown on reports (may be left empty):</translation>
        </message>
        <message>
            <source>Afdrukvoorbeeld</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
    </context>
    <context>
        <name>IndexCatchUp</name>
        <message>
            <source>Zoekindex bijwerken…</source>
            <translation>Updating the search index…</translation>
        </message>
        <message>
            <source>De zoekindex kon niet worden bijgewerkt; zoeken vindt de laatste wijziging misschien nog niet.</source>
            <translation>The search index could not be updated; search may not find the latest change yet.</translation>
        </message>
    </context>
</TS>