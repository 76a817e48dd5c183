/** Every string of the site's own interface (not the plan's words), under a dotted key. */
export const en = {
  skipLink: 'Skip to main content',
  'nav.label': 'Main',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.plan': 'Plan',
  'nav.priorities': 'Priorities',
  'nav.data': 'Data',
  'nav.glossary': 'Glossary',
  'councils.title': 'Your council',
  'councils.find': 'Find your council',
  'councils.findIntro':
    'Each of the 19 councils has a page: its place in the plan, its Ofsted judgements and how its children’s services measures have moved since.',
  'councils.findAll': 'All councils, with a map',
  'councils.description':
    'The 19 South East councils that agreed the plan in 2019: a page for each, with its place in the plan, its Ofsted judgements and how its children’s services measures have moved since.',
  'councils.lede':
    'The plan was agreed by the 19 councils responsible for children’s services in the South East in 2019: 12 unitary councils and 7 county councils. Choose a council for its place in the plan, its Ofsted judgements and its record since.',
  'councils.listHeading': 'The 19 councils',
  'councils.listCaption': 'The 19 South East councils in 2019',
  'councils.column.council': 'Council',
  'councils.column.type': 'In 2019',
  'councils.column.triad': 'Triad',
  'councils.column.ofsted': 'Ofsted, 7 March 2019',
  'councils.triadsSource': 'triads from the plan,',
  'councils.triadsSourceLink': 'Annex 4 paragraph 1',
  'councils.mapHeading': 'Map of the 19 councils',
  'councils.mapIntro':
    'Each council on the map links to its page. Some councils are too small on the map to choose easily; the table above lists every council.',
  'councils.mapCaption': 'The 19 South East councils as they were in 2019',
  'councils.mapAttribution':
    'Boundary data by Martin Chorley, CC BY 4.0; contains Ordnance Survey data © Crown copyright and database right 2014. District boundaries of 2013, grouped into the councils of 2019.',
  'council.type.unitary': 'Unitary council',
  'council.type.county': 'County council',
  'council.typeLower.unitary': 'a unitary council',
  'council.typeLower.county': 'a county council',
  'council.description':
    '{name} in the SESLIP Regional Improvement Plan 2019-20: its triad, what the plan says about it, its Ofsted judgements and its record since.',
  'council.lede': '{name} was {type} in 2019, one of the 19 South East councils that agreed the plan.',
  'council.inPlan': 'In the plan',
  'council.triad':
    'In the regional peer challenge of 2018-19 (Annex 4), {name} was in triad {triad} with {partners}.',
  'council.triadShared':
    'In the regional peer challenge of 2018-19 (Annex 4), {name} shared one place in triad {triad} with {shared} (the plan’s table lists them together as “{label}”); the triad’s other places were {partners}, its partners.',
  'council.triadLink': 'See the triads table',
  'council.mentions': 'Sentences of the plan that name {name}:',
  'council.mentionsOnlyTriads': 'The plan names {name} only in the triads table (Annex 4 paragraph 1).',
  'council.readParagraph': 'Read {citation}',
  'council.ofsted': 'Ofsted judgements',
  'council.ofstedIntro':
    'The overall effectiveness of children’s services at the last full inspection before 7 March 2019 (the judgement counted in the plan’s table at paragraph 2.5), and every full inspection reported since. Our inspection data end in {end}.',
  'council.ofstedCaption': 'Ofsted full inspections of {name}',
  'council.ofsted.published': 'Report published',
  'council.ofsted.framework': 'Framework',
  'council.ofsted.dates': 'Inspection',
  'council.ofsted.judgement': 'Overall effectiveness',
  'council.ofsted.status': 'Status',
  'council.ofsted.inForce': 'In force on 7 March 2019',
  'council.ofsted.later': 'Later inspection',
  'council.ofstedNoneLater': 'No later full inspection of {name} is in our data, which end in {end}.',
  'council.note': 'Since 2019',
  'keyFacts.heading': 'Key facts',
  'keyFacts.inspectionLabel': 'Latest full Ofsted inspection',
  'keyFacts.inspection':
    '{judgement}, in the report published on {published} ({framework}). Our inspection data end in {end}.',
  'keyFacts.measuresIntro':
    'Headline measures: the latest year DfE has published, beside the South East and England; the change since the plan’s year; and the place among the 19 South East councils.',
  'keyFacts.value': '{value} in {year}',
  'keyFacts.beside': 'South East {southEast}, England {england}',
  'keyFacts.up': 'Up {size} since {plan}{polarity}.',
  'keyFacts.down': 'Down {size} since {plan}{polarity}.',
  'keyFacts.unchanged': 'Unchanged since {plan}.',
  'keyFacts.noChange': 'No change since {plan} can be given: a figure is not published for one of the years.',
  'keyFacts.rankLabel': 'Rank',
  'keyFacts.rank': '{position} of {of} (1st = highest)',
  'keyFacts.changeLabel': 'Change',
  'councilMeasure.both': '{name}: {to} in {latest}, {movement} from {from} in {plan}{polarity}{england}.',
  'councilMeasure.noPlan': '{name}: {to} in {latest}{england}; no figure was published for {plan}.',
  'councilMeasure.noLatest': '{name}: {from} in {plan}; no figure was published for {latest}.',
  'councilMeasure.none': 'No figure was published for {name} in {plan} or {latest}.',
  'councilMeasure.up': 'up {size}',
  'councilMeasure.down': 'down {size}',
  'councilMeasure.unchanged': 'unchanged',
  'councilMeasure.polarity.better': ', which DfE counts as better',
  'councilMeasure.polarity.worse': ', which DfE counts as worse',
  'councilMeasure.england.better': '; better than England’s {england}',
  'councilMeasure.england.worse': '; worse than England’s {england}',
  'councilMeasure.england.higher': '; above England’s {england}',
  'councilMeasure.england.lower': '; below England’s {england}',
  'councilMeasure.england.unchanged': '; the same as England’s {england}',
  'table.part': '{caption} (part {part} of {parts})',
  'table.scrollHint': 'Scroll sideways to see all {columns} columns.',
  'councilTable.notPublished': 'not published',
  'councilTable.group': '{mean} ({n}\u00a0of\u00a0{of})',
  'councilTable.rank': '{position}\u00a0of\u00a0{of}',
  'councilTable.quarter.1': 'Lowest',
  'councilTable.quarter.2': 'Second lowest',
  'councilTable.quarter.3': 'Second highest',
  'councilTable.quarter.4': 'Highest',
  'councilTable.measure': 'Measure and year',
  'councilTable.southEast': 'South East',
  'councilTable.england': 'England',
  'councilTable.neighbours': 'Statistical neighbours: mean (how many)',
  'councilTable.triad': 'Triad partners: mean (how many)',
  'councilTable.rankHeader': 'Rank of the South East councils (1st = highest)',
  'councilTable.quarterHeader': 'Quarter of England’s councils',
  'councilTable.year': 'Year',
  'councilTable.yearAfterBreak':
    '{latest} (DfE’s collection changed in {year}: see the notes below the table)',
  'councilTable.council': 'Council',
  'compare.title': 'Compare councils',
  'compare.description':
    'Any of the 19 South East councils side by side on the 16 measures the site follows: latest figure, the plan’s year, the change and the rank.',
  'compare.intro':
    'Tick up to {max} councils to see them side by side on every measure the site follows, with the South East and England as the last rows of each table. With none ticked, all 19 are shown.',
  'compare.noScript':
    'Without JavaScript a shared address shows all 19 councils: tick the councils again to see only them.',
  'compare.pick': 'Councils to compare (up to {max})',
  'compare.limit': 'Up to {max} councils can be compared at once: untick one to choose another.',
  'compare.planYear': '{period} (the plan’s year)',
  'compare.changeHeader': 'Change since the plan’s year',
  'compare.rankHeader.southEast': 'Rank of the 19 (1st = highest)',
  'compare.rankHeader.england': 'Rank of England’s authorities with a figure (1st = highest)',
  'compare.change.missing': 'no change shown: a year not published',
  'compare.caption': '{measure}: the councils compared, the South East and England, {latest} and {plan}',
  'compare.chartSummary':
    '{measure} {period}, {first} to {last}: a line for each council compared, with the South East (dashed) and England (dotted); the plan’s year is marked.',
  'compare.seriesCaption': '{measure}: every year, the councils compared, the South East and England',
  'compare.measureLink': '{measure} since the plan',
  'compare.methods':
    'Ranks count the councils with a figure in the latest year, 1st for the highest, whichever way is better; “better” and “worse” appear only where DfE says which way is better. How the figures are chosen:',
  'compare.readyMade': 'Each council with its own groups (no ticking needed)',
  'compare.readyMadeIntro':
    'Each council with its triad partners, or with its 10 statistical neighbours from all of England:',
  'compare.triad.title': '{name} and its triad',
  'compare.triad.description':
    '{name} beside its triad partners in the plan’s peer challenge on the 16 measures the site follows.',
  'compare.triad.intro':
    '{name} beside the other councils of its triad in the plan’s peer challenge ({members}) on every measure the site follows, with the South East and England. Ranks are among the 19 South East councils with a figure.',
  'compare.neighbours.title': '{name} and its statistical neighbours',
  'compare.neighbours.description':
    '{name} beside the 10 authorities DfE’s {model} statistical-neighbour model finds most like it, on the 16 measures the site follows.',
  'compare.neighbours.intro':
    '{name} beside the 10 authorities of England that DfE’s statistical-neighbour model of {model} finds most like it, nearest first, on every measure the site follows, with the South East and England. As these come from all of England, ranks are among England’s authorities with a figure in the latest year, not among the 19.',
  'compare.readyMadeCharts': 'For charts, and to choose other councils, use',
  'compare.link.triad': 'with its triad',
  'compare.link.neighbours': 'with its statistical neighbours',
  'compare.councilLinks': 'Compare {name}',
  'compare.all': 'the compare page',
  'compare.any': 'with any councils',
  'compare.or': 'or',
  'compare.see': 'See',
  'compare.councilPage': '{name}’s page',
  'councilChart.plan': 'plan',
  'councilChart.unitRate': 'per 10,000',
  'councilChart.strip': 'The 19 councils in {period}',
  'council.since': 'Every measure, in the plan’s year and the latest year',
  'council.sinceIntro':
    'For each measure the site follows, {name}’s figure in the plan’s year and in the latest year DfE has published, beside the South East, England, the mean of its statistical neighbours and the mean of its triad partners ({partners}), its rank among the South East councils (1st for the highest figure) and its quarter of England’s councils, from the lowest to the highest.',
  'council.notesIntro': 'DfE’s notes on some of these measures, from',
  'council.note.joint':
    'The quarter counts as LAIT publishes: where authorities file one joint return, LAIT repeats its figure for each of them, and each counts among England’s councils.',
  'council.sinceCaption': '{name}: every measure followed, in the plan’s year and the latest year',
  'council.sinceCsv': 'Download this table as CSV',
  'council.charts': 'Each measure over time',
  'council.chartsIntro':
    'Each chart shows {name} (solid line), the South East (dashed) and England (dotted) in every year DfE has published, with the plan’s year marked; beneath it, the 19 South East councils in the latest year, {name} as the large dot.',
  'council.chartTable': 'Show the data',
  'council.chartTableOf': 'for {measure}',
  'council.chartMore': '{measure} since the plan: the 19 councils and England',
  'council.chartSeriesCaption': '{measure}: {name}, the South East and England',
  'council.chartStripCaption': '{measure}: the South East councils in {period}, highest first',
  'council.neighbours': 'Statistical neighbours',
  'council.neighboursIntro':
    'The 10 councils DfE finds most like {name} in their children’s and families’ circumstances, nearest first.',
  'council.neighboursModel.plan': 'DfE’s {model} model (used for the plan’s year)',
  'council.neighboursModel.latest': 'DfE’s {model} model (used for the latest year)',
  'councilMap.legend.1': 'Lowest quarter of England’s councils (up to {to})',
  'councilMap.legend.2': 'Second lowest quarter ({from} to {to})',
  'councilMap.legend.3': 'Second highest quarter ({from} to {to})',
  'councilMap.legend.4': 'Highest quarter (over {from})',
  'councilMap.legend.missing': 'Not published',
  'councilMap.keyClass': '{quarter} quarter',
  'councilMap.keyName': 'Key to the numbers on the map',
  'council.chartsLegend': 'In each chart:',
  'council.chartsLegendPlan': 'the plan’s year',
  'council.locator': 'Where {name} is among the 19 South East councils',
  'councilMap.summary':
    'In {period}, the {count} South East councils with a figure ranged from {low} ({lowName}) to {high} ({highName}). {top} were in the highest quarter of England’s {england} councils with a figure, and {bottom} in the lowest.',
  'councilMap.none': 'No South East council has a figure for {period}.',
  'councilMap.caption': '{measure}, {period}: the South East councils by their quarter of England’s councils',
  'councilMap.tableSummary': 'The councils in order of value',
  'councils.measuresHeading': 'Key measures on the map',
  'councils.measuresIntro':
    'Each map shades the councils by where their latest figure falls among England’s councils: from the palest shade for the lowest quarter to the strongest blue for the highest in a light scheme, and from the darkest to the brightest in a dark one; the key beside each map names every council with its quarter, and each quarter’s range is in the legend (the highest figure is not always better or worse). The table with each map gives every council’s figure, highest first. The council pages show all {count} measures the site follows.',
  'pdf.download.council': 'Download this council briefing as PDF',
  'search.label': 'Search the plan',
  'search.button': 'Search',
  'breadcrumbs.label': 'Breadcrumb',
  'toc.heading': 'On this page',
  'pagination.label': 'Previous and next sections',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'para.label': 'Paragraph {n}',
  'para.linkTitle': 'Link to paragraph {n}',
  'kind.chapter': 'Chapter {n}',
  'kind.annex': 'Annex {n}',
  'footer.about': 'About this plan',
  'footer.aboutText':
    'The South East Sector Led Improvement Programme (SESLIP) Regional Improvement Plan {period}: how the 19 councils of South East England agreed to improve children’s services together.',
  'footer.accessibility': 'Accessibility statement',
  'footer.sources': 'Data and sources',
  'footer.changes': 'What’s changed',
  'footer.licence':
    'Data from the Department for Education and Ofsted is published under the Open Government Licence v3.0.',
  'page.lastUpdated': 'Last updated',
  'page.edit': 'Edit this page',
  'home.title': 'Regional Improvement Plan 2019-20',
  'plan.title': 'The plan',
  'plan.description': 'The chapters and annexes of the SESLIP Regional Improvement Plan 2019-20.',
  'editorsNote.heading': 'Editor’s note',
  'editorsNote.source': 'Source',
  'amendment.summary': 'Amended on',
  'amendment.show': 'show the original wording',
  'amendment.original': 'The plan as adopted said:',
  'amendment.now': 'It now says:',
  'amendment.reason': 'Why: {reason}',
  'changes.amendments': 'Changes to the plan’s words',
  'editorsNote.link': 'Read the editor’s note on {citation}',
  'pdf.download.section': 'Download this section as PDF',
  'pdf.download.priority': 'Download this priority as PDF',
  'pdf.download.wholePlan': 'Download the whole plan as PDF',
  'pdf.pages.one': '1 page',
  'pdf.pages.other': '{n} pages',
  'pdf.meta': '{pages}, {size}',
  'pdf.footer.page': 'Page {page} of {pages}',
  'print.wholePlan.title': 'The whole plan',
  'print.wholePlan.description':
    'The whole SESLIP Regional Improvement Plan 2019-20 on one page, for printing.',
  'print.contents': 'Contents',
  'print.adopted': 'Adopted {date}. Version {version}.',
  'print.updated': 'This edition’s text last updated {date}.',
  'print.readOnline': 'Read online, with the data behind every figure: {url}',
  'print.priority': 'Priority {n}',
  'print.priority.paragraphs': 'Plan paragraphs',
  'priorities.title': 'The priorities',
  'priorities.heading': 'The {count} priorities',
  'priorities.description':
    'The {count} regional priorities of the SESLIP Regional Improvement Plan 2019-20, under the plan’s four themes.',
  'priorities.lede':
    'The plan groups its {count} regional priorities under four themes. Each priority has a page with what the plan says about the need, the evidence and the progress reported since.',
  'priority.why': 'Why it matters: what the plan says',
  'priority.whyIntro':
    'Short excerpts of the plan’s paragraphs that set out the need, each linked to the paragraph in full.',
  'priority.challenges': 'Systemic challenges it responds to',
  'priority.challengesIntro':
    'Linked by this site’s editors to the key systemic challenges the plan lists in',
  'priority.challengesLink': 'paragraph 1.2',
  'priority.evidence': 'Evidence',
  'priority.progress': 'Progress reported',
  'priority.progressIntro':
    'Reported after the plan was adopted, in public updates by ADCS and SESLIP. These are not part of the plan.',
  'priority.noProgress':
    'No progress reports on this priority were found in the public updates this site draws on.',
  'priority.detail': 'Actions, leads and timescales',
  'priority.detailMissing':
    'The plan’s section 3 (each priority’s actions, leads and timescales) is not in the text this site publishes, so this page does not list them.',
  'priority.actions': 'Actions',
  'priority.lead': 'Lead or sponsor',
  'priority.timescale': 'Timescale',
  'priority.successMeasures': 'Success measures',
  'priority.terms': 'Terms used',
  'source.label': 'Source',
  'source.labelMany': 'Sources',
  'home.priorities': 'The {count} priorities at a glance',
  'home.allPriorities': 'All {count} priorities, with what the plan says about each',
  'home.description':
    '{title}: the pressures South East councils face, what the data shows, the {count} priorities and how peer challenge works.',
  'glossary.title': 'Glossary',
  'glossary.description':
    'The abbreviations and terms used in the SESLIP Regional Improvement Plan 2019-20 (Annex 5 of the plan).',
  'glossary.index': 'Terms from A to Z',
  'glossary.usedIn': 'Used in',
  'glossary.notUsed': 'Not used elsewhere in the plan text published here.',
  'changes.title': 'What’s changed',
  'changes.description':
    'Changes to the published Regional Improvement Plan 2019-20 and this website, newest first.',
  'changes.version':
    'This is version {version} of the plan. The plan was launched at a regional summit on {adopted} (source: SESLIP Update no 344, 22 March 2019).',
  'changes.affected': 'Sections affected',
  'changes.all': 'the whole plan',
  'feed.title': 'What’s changed in the SESLIP Regional Improvement Plan 2019-20',
  'feed.description': 'Each change published to the SESLIP Regional Improvement Plan 2019-20 website.',
  'dev.pdf.title': 'PDFs are made by the full build',
  'dev.pdf.text':
    'The development server does not print PDFs. To see them, run "npm run build" and then "npm run preview".',
  'dev.search':
    'The search index is made by the full build. Run "npm run build" and then "npm run preview" to search.',
  'searchPage.title': 'Search the plan',
  'searchPage.inputLabel': 'Words to search for',
  'searchPage.description':
    'Search the text of the SESLIP Regional Improvement Plan 2019-20, its priorities and glossary.',
  'searchPage.noScript':
    'Searching needs JavaScript, which is turned off or did not load. You can still read every page: start from the plan’s contents or the glossary.',
  'a11y.title': 'Accessibility statement',
  'a11y.description':
    'How accessible this website is, how it is tested, its known limitations and how to report a problem.',
  'a11y.appliesTo': 'This accessibility statement applies to the website of the {title}, at {url}.',
  'a11y.appliesToSite': 'This accessibility statement applies to the website of the {title}.',
  'a11y.intro':
    'This website is run by the {organisation}. We want as many people as possible to be able to use it. For example, that means you should be able to:',
  'a11y.can.colours': 'change colours, contrast levels and fonts using browser or device settings',
  'a11y.can.zoom': 'zoom in up to 400 % without the text spilling off the screen',
  'a11y.can.keyboard': 'navigate the website using just a keyboard or speech recognition software',
  'a11y.can.screenReader': 'listen to the website using a screen reader',
  'a11y.can.dark': 'read it in a light or a dark colour scheme, following your device’s setting',
  'a11y.can.tables': 'read the numbers behind every chart as a table, or download them as a CSV file',
  'a11y.abilityNet': 'AbilityNet has advice on making your device easier to use if you have a disability.',
  'a11y.howAccessible': 'How accessible this website is',
  'a11y.limitationsIntro': 'We know some parts of this website are not fully accessible:',
  'a11y.limit.search':
    'searching needs JavaScript; every page can still be reached from the menus, the plan’s contents and the glossary without it',
  'a11y.limit.charts':
    'the drawing of a chart cannot be explored with a screen reader; each chart has a text summary and a table with the same numbers instead',
  'a11y.limit.planText':
    'the plan’s own words, written in 2019, use many abbreviations and long sentences; we publish them as written and explain abbreviations in the glossary',
  'a11y.limit.pdf':
    'the PDF versions are printed from the web pages and have not yet been checked with assistive technology: the web pages are the accessible version',
  'a11y.limit.wideTables':
    'some data tables are wider than a phone screen; they scroll sideways inside their own box',
  'a11y.feedback': 'Feedback and contact information',
  'a11y.feedbackText':
    'If you find a problem with this website, or need its information in a different format such as large print, easy read, audio recording or braille:',
  // No email address or form has been given to us; none is made up. Replace when SESLIP gives one.
  'a11y.contact': 'contact the SESLIP team through your local authority’s children’s services department.',
  'a11y.reporting': 'Reporting accessibility problems with this website',
  'a11y.reportingText':
    'We are always looking to improve the accessibility of this website. If you find a problem not listed on this page, or think we are not meeting accessibility requirements, please tell us in the same way.',
  'a11y.enforcement': 'Enforcement procedure',
  'a11y.enforcementText':
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you are not happy with how we respond to your complaint,',
  'a11y.eass': 'contact the Equality Advisory and Support Service (EASS)',
  'a11y.technical': 'Technical information about this website’s accessibility',
  'a11y.technicalText':
    'The {organisation} is committed to making this website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
  'a11y.compliance': 'Compliance status',
  'a11y.compliance.full': 'This website is fully compliant with the {standard} {level} standard.',
  'a11y.compliance.partial':
    'This website is partially compliant with the {standard} {level} standard, because of the limitations listed above and because not all of the checks made by people, listed below, have been made yet.',
  'a11y.testing': 'How we test this website',
  'a11y.automated': 'Automated checks',
  'a11y.automatedIntro': 'The site’s test suite runs on every change to the site. It checks {pages}.',
  'a11y.automatedRules':
    'The axe-core rule sets used are {tags}, in the light colour scheme; in the dark scheme, which changes only colours, the rules that read colours ({colourRules}) run again.',
  'a11y.automatedBrowser':
    'In a web browser (Chromium), each page in a window {wide} CSS pixels wide and again at {narrow} pixels:',
  'a11y.automatedBuild': 'On the built pages and the build itself:',
  'a11y.manual': 'Checks made by people',
  'a11y.manualIntro':
    'Automated tools find only some accessibility problems. These checks are made by people:',
  'a11y.manual.done': 'done {date}',
  'a11y.manual.notDone': 'not yet done',
  'a11y.preparation': 'Preparation of this accessibility statement',
  'a11y.prepared': 'This statement was prepared on {date}. It was last reviewed on {date}.',
  'a11y.standardLink': 'Read the {standard} standard on the W3C website',
  'notFound.title': 'Page not found',
  'notFound.description':
    'There is no page at this address. It may have moved when the plan was updated. Try the plan’s contents, the priorities or search.',
  'dataPage.title': 'Data and sources',
  'dataPage.package': 'All the data in one file (zip)',
  'dataPage.packageSize':
    '({size} KB): every CSV on this page and each council’s, with a README and a datapackage.json describing every column, source and licence.',
  'dataPage.figureNumbers':
    'Figures numbered 1 to 5 are the plan’s own, numbered as the plan numbers them. Figures numbered with an S are this site’s: S1 to S8 run in order through the plan’s chapters. On the pages that follow a measure since the plan, the number is the page’s place in that list and then the figure’s place on the page: S4.1 is the first figure on the fourth measure’s page, and is unrelated to S4.',
  'dataPage.description':
    'Every data file behind the figures and tables of the SESLIP Regional Improvement Plan 2019-20, with its source, licence, coverage and a CSV download.',
  'dataPage.lede':
    'Every number in the figures comes from one of the files below, and every row of every file names its source. Data from the Department for Education and Ofsted is used under the Open Government Licence v3.0. Figures typed from the plan’s own tables and text are marked as coming from the plan.',
  'dataPage.noAddress': 'publication address not recorded',
  'dataPage.noAddressHeading': 'Sources without a recorded publication address',
  'dataPage.noAddressIntro':
    'Where no web address of the publication is recorded, pages name the release in words without a link; the address is never guessed. Each is listed here with where our copy was read, in the files below.',
  'dataPage.copiedFrom': 'Our copy was read from',
  'dataPage.provenance': 'How each figure was found, checked and where sources disagree is recorded in',
  'nav.sinceThePlan': 'Since the plan',
  'since.title': 'Since the plan: the measures followed to the latest year',
  'since.description':
    'The measures the SESLIP Regional Improvement Plan 2019-20 relies on, followed from the plan’s year to the latest year the Department for Education has published, for the South East, England and the 19 South East councils.',
  'since.lede':
    'The figures the plan quotes for these measures are for 2017 (2016-17 for costs). These pages follow {count} published measures from the plan’s year to the latest year, from the Department for Education’s Local Authority Interactive Tool. They show what the published data say; they do not say whether the plan caused any change.',
  'since.eyebrow': 'Since the plan',
  'since.dfeMeasure': 'DfE’s measure: “{title}”, {period}. {polarity}',
  'since.polarity.higher_better': 'DfE counts a higher figure as better.',
  'since.polarity.lower_better': 'DfE counts a lower figure as better.',
  'since.polarity.neither':
    'DfE does not say whether a higher or lower figure is better, so this page says only “higher” or “lower”.',
  'since.period.at 31 March': 'at 31 March of each year',
  'since.period.in the year to 31 March': 'in each year to 31 March',
  'since.period.at 30 September': 'at 30 September of each year',
  'since.period.in the year to 30 September': 'in each year to 30 September',
  'since.period.in the calendar year': 'in each calendar year',
  'since.planYear.quoted':
    'The plan’s year is {planPeriod}: the year of the figures the plan itself quotes for this measure (paragraph {paragraph}).',
  'since.planYear.other':
    'The plan’s year is {planPeriod}: the plan does not quote this measure, so the page compares with the year of the data the plan quotes for its other measures (2017, or 2016-17 for costs).',
  'since.latestYear': 'The latest year DfE has published for England is {latestPeriod}.',
  'since.priorities': 'The priorities it bears on',
  'since.prioritiesIntro': 'Chosen by this site’s editors, with the plan paragraph each relates to.',
  'since.summary': 'Summary',
  'since.figures': 'The South East and England, and the 19 councils',
  'since.quartiles': 'Where England’s authorities fall',
  'since.quartilesIntro':
    'To see whether a council is typical: the spread of England’s local authorities in the plan’s year and the latest year.',
  'since.notes': 'DfE’s notes on these figures',
  'since.notesIntro': 'The Department for Education’s words on this measure, from',
  'since.notesDictionary': 'LAIT’s data dictionary',
  'methods.link': 'How these are calculated',
  'methods.title': 'How these are calculated',
  'methods.description':
    'The rules behind the figures of the measures followed since the plan: the plan’s figures and this site’s, rounding, means, ranks, quartiles, statistical neighbours, triads, joint and missing returns, and breaks in a series.',
  'methods.lede':
    'The rules behind every table, chart and sentence about the measures followed since the plan, on the measure pages, the council pages and the map of councils. The figures are the Department for Education’s, from its Local Authority Interactive Tool (LAIT), unless a page names another source.',
  'methods.plan-figures': 'The plan’s figures and this site’s',
  'methods.plan-figures.text':
    'A number is called the plan’s figure only where the plan printed it, and it is quoted with its paragraph; DfE’s figures for the same year are set beside it, each named with its source. Figures numbered 1 to 5 are the plan’s, redrawn by this site from DfE’s data; figures numbered S1, S2 and so on are this site’s own drawings, not the plan’s. Years the plan does not show are marked “not in the plan”: the site holds no date of first publication for them, so it does not say when DfE first published them.',
  'methods.rounding': 'Rounding',
  'methods.rounding.text':
    'Figures are shown as DfE publishes them, to the decimal places it gives, or one decimal place where it gives none. DfE rounds weekly unit costs to the nearest £5. A difference between two years is rounded to the decimal places the figures carry. Wherever this site rounds, a half is rounded away from zero: 21.55 becomes 21.6, and −21.55 becomes −21.6.',
  'methods.means': 'Means of statistical neighbours and triad partners',
  'methods.means.text':
    'A mean is of the councils in the group with a published figure for the year; the table says how many had one, of how many. It is worked out in exact decimal arithmetic: each figure is taken as a whole number of its smallest published unit (21.55 as 2,155 hundredths), the figures are added, the sum is divided once, and the result is rounded, halves away from zero, to the decimal places the measure is shown with. So the mean of 22.9 and 20.2 is 21.6, where binary floating-point arithmetic would give 21.5.',
  'methods.ranks': 'Ranks among the South East councils',
  'methods.ranks.text':
    'A council’s rank is among the 19 South East councils with a figure for the year: 1 plus the number of them with a higher figure, so 1st is the highest figure, which is not always the better one. Councils with the same figure share a place, and the places they fill are skipped: two councils 3rd, the next 5th.',
  'methods.quartiles': 'England’s quartiles and a council’s quarter',
  'methods.quartiles.text':
    'Quartiles are of England’s local authorities with a figure for the year (not its regions or England itself): {method}. A council’s quarter places its figure among them: the lowest quarter runs up to and including the lower quartile, the second lowest up to and including the median, the second highest up to and including the upper quartile, and the highest is above it. The map of councils shades each council by the same quarters.',
  'methods.neighbours': 'Statistical neighbours',
  'methods.neighbours.text':
    'Each council’s statistical neighbours are the 10 councils DfE finds most like it. The plan’s year uses DfE’s model of April 2021 and the latest year its model of May 2025: the two models this site holds.',
  'methods.triads': 'Triads, and a place shared by two councils',
  'methods.triads.text':
    'The triads are the plan’s (Annex 4 paragraph 1). In triad 3 Hampshire and the Isle of Wight shared one place. On each of their pages the triad partners are the triad’s other places, Slough and Milton Keynes. On the pages of Slough and of Milton Keynes, Hampshire and the Isle of Wight are two partners, each with its own figure, so their triad partners’ mean is of up to three councils.',
  'methods.joint-returns': 'Joint returns',
  'methods.joint-returns.text':
    'In the three social work workforce measures (agency social workers, social worker turnover and social worker vacancies), Kingston upon Thames and Richmond upon Thames file one joint return, and so, since 2021, do North Northamptonshire and West Northamptonshire (DfE’s note in LAIT’s data dictionary, quoted on each of those measure pages). LAIT repeats the joint figure for each authority of a pair. This site counts as LAIT publishes: each authority of a pair counts in England’s number of authorities with a figure, in England’s quartiles and so in each council’s quarter, and the pages of those measures say so where a count or a quartile appears. None of the 19 South East councils is one of a pair, and none has both authorities of a pair among its statistical neighbours for a year with a joint figure.',
  'methods.missing': 'Missing figures',
  'methods.missing.text':
    'Where DfE publishes no figure for an area and year, the site says “not published” and fills nothing in. Means, ranks and quartiles are of the areas with a figure, and the tables say how many those are. DfE notes that Kensington and Chelsea and Westminster gave no social work workforce figures for 2025 after a cyberattack; the pages of those measures quote its note where the count of authorities for 2025 appears.',
  'methods.series-breaks': 'Breaks in a series',
  'methods.series-breaks.text':
    'Where DfE changed how it collects a measure, the measure page quotes DfE’s note from LAIT’s data dictionary, its chart breaks the lines at the first year of the new collection and marks it, its table marks that year, and the council pages say so beside the measure. For new education, health and care plans issued within 20 weeks, the first year of DfE’s person-level collection is LAIT’s 2022: DfE’s 2023 publication, the first from that collection, reports the plans issued in the 2022 calendar year, and LAIT labels each year of the measure by the calendar year the plans were issued.',
  'footer.methods': 'How the figures are calculated',
  'since.quartiles.caption': 'England’s local authorities: {name}',
  'since.quartiles.year': 'Year',
  'since.quartiles.count': 'Authorities with a figure',
  'since.quartiles.min': 'Lowest',
  'since.quartiles.q1': 'Lower quartile',
  'since.quartiles.median': 'Median',
  'since.quartiles.q3': 'Upper quartile',
  'since.quartiles.max': 'Highest',
  'since.planEra': 'The plan’s figure',
  'since.planEra.intro':
    '“The plan’s figure” means a number printed in the plan itself. DfE’s figures for the plan’s year are set beside it, each named with its source.',
  'since.planEra.none': 'The plan prints no number for this measure in its text.',
  'since.planEra.caption': 'The plan’s year ({planPeriod}): the plan’s printed figure beside DfE’s',
  'since.planEra.area': 'Area',
  'since.planEra.plan': 'The plan’s figure (paragraph {paragraph})',
  'since.planEra.planNoParagraph': 'The plan’s figure',
  'since.planEra.release': 'DfE’s figure as first released (named below)',
  'since.planEra.lait': 'DfE: LAIT, data of {date} (this page)',
  'since.planEra.notPrinted': 'not printed in the plan',
  'since.planEra.rounds':
    '{area}: the plan printed {plan}; LAIT (data of {date}) gives {lait} for {planPeriod}, which rounds to the plan’s figure.',
  'since.planEra.differs':
    '{area}: the plan printed {plan}; LAIT (data of {date}) gives {lait} for {planPeriod}, which does not round to the plan’s figure. The plan’s words stay as it printed them; this page uses LAIT throughout.',
  'since.planEra.laitNone': '{area}: the plan printed {plan}; LAIT publishes no figure for {planPeriod}.',
  'since.planEra.plansFigure':
    'The plan draws this measure up to its year in its {label}; the drawing on this site is made again from DfE’s “{source}”:',
  'since.planEra.sitesFigure':
    '{label} is drawn by this site, not the plan, from DfE’s “{source}”, and follows this measure up to the plan’s year:',
  'since.planEra.link': '{label}: {title}',
  'since.source': 'Source',
  'figure.label': 'Figure {n}',
  'priority.since': 'What the published data show since the plan',
  'priority.sinceIntro':
    'The figures the plan quotes for these measures are for 2017 (2016-17 for costs). These are the measures the Department for Education has published since then that bear on this priority, from the plan’s year to the latest year, from its Local Authority Interactive Tool (data of {date}). They say what the figures did, not whether the plan caused it.',
  'priority.sinceNone': 'No published measure fits this priority: {reason}',
  'priority.sinceMore': 'The 19 councils, England’s spread and the data: {name}',
  'priority.sinceTable': '{name}: {planPeriod} (the plan’s year) and {latestPeriod}',
  'home.sinceText':
    'The plan’s figures on children’s social care are for 2017 (2016-17 for costs). The measures it relies on are followed to the latest year the Department for Education has published, for the South East, England and each of the 19 councils:',
  'home.sinceLink': 'the measures since the plan',
  'since.sourceText':
    'The figures are read from the Department for Education’s Local Authority Interactive Tool (LAIT), data of {date}, under the Open Government Licence v3.0. Where our copy comes from is on',
  'since.sourceProvenance': 'Data and sources',
  'since.allData': 'Every authority, every year (CSV)',
  'since.notPublished': 'not published',
  'tiles.key': 'In each small drawing, from 2016 to the latest year:',
  'tiles.theme.care': 'Children in care',
  'tiles.theme.child protection': 'Child protection',
  'tiles.theme.costs': 'Costs',
  'tiles.theme.workforce': 'Workforce',
  'tiles.theme.SEND': 'Special educational needs and disabilities (SEND)',
  'tiles.theme.care leavers': 'Care leavers',
  'since.tilesIntro':
    'Each measure’s latest figure for the South East and its change since the plan’s year, grouped by theme. The drawings show the South East and England; each measure’s page gives the numbers for every year.',
  'council.sinceTiles': '{name} since the plan',
  'council.sinceTilesIntro':
    '{name}’s latest figure for each measure and its change since the plan’s year, grouped by theme. The drawings show {name}, the South East and England; the table below gives the numbers.',
  'figure.forward': 'Followed to the latest year: {name}',
  'measure.area.southEast': 'In the South East',
  'measure.area.england': 'In England',
  'measure.moved':
    '{area} the figure was {from} in {planPeriod}, the plan’s year, and {to} in {latestPeriod}: {movement}.',
  'measure.moved.cost':
    '{area} the weekly cost was {from} in {planPeriod}, the plan’s year, and {to} in {latestPeriod}: {movement}, in cash terms.',
  'measure.missing': '{area} the figure for {planPeriod} or {latestPeriod} is not published.',
  'period.provisional': '{period} (provisional)',
  'measure.notYet': 'DfE has published no figure for {newest} yet: the latest is for {latestPeriod}.',
  'measure.stopped': 'DfE has published no figure since {latestPeriod}.',
  'measure.unchanged': 'the same',
  'measure.amount': '{amount} {direction}',
  'measure.amount.judged': '{amount} {direction}, which DfE counts as {judgement}',
  'measure.councils':
    'Of the {total} South East councils, {up} had a higher figure in {latestPeriod} than in {planPeriod}, {down} a lower one and {same} the same.',
  'measure.councils.judged':
    'Of the {total} South East councils, {better} had a better figure (as DfE counts better) in {latestPeriod} than in {planPeriod}, {worse} a worse one and {same} the same.',
  'measure.councils.missing':
    '{n} cannot be compared, as a figure for one of the two years is not published: {names}.',
  'measure.councils.range':
    'In {latestPeriod} the highest figure among them was {highArea}’s ({high}) and the lowest {lowArea}’s ({low}).',
  'measure.quartiles':
    'Across England’s {count} authorities with a figure for {period}, the middle half lay between {q1} and {q3}, with a median of {median}.',
  'measure.break':
    'DfE changed how it collects this measure from {year} (its note in LAIT’s data dictionary), so the figures for {planPeriod} and {latestPeriod} come from different collections.',
  'measure.quartiles.joint':
    'Counted as LAIT publishes: where authorities file one joint return, LAIT repeats its figure for each of them, and each counts here (DfE’s note in LAIT’s data dictionary names them).',
  'measure.quartiles.missing':
    'For {period}, DfE notes that some authorities gave no figures, so they are not among those counted (its note in LAIT’s data dictionary).',
  'measure.premium':
    'The South East’s weekly cost was {plan} England’s in {planPeriod} and {latest} it in {latestPeriod}. Costs are rounded to £5, so each premium is a range: {planRange} in {planPeriod}, {latestRange} in {latestPeriod}.',
  'measure.premium.above': '{percent}% above',
  'measure.premium.below': '{percent}% below',
  'measure.premium.range': '{low}% to {high}% above',
  'measure.premium.range.below': '{low}% to {high}% below',
  'measure.premium.range.across': '{low}% below to {high}% above',
} as const;

export type UiKey = keyof typeof en;

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * @example t('para.label', { n: '2.18' }) // "Paragraph 2.18"
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
