// ailit web page: a form for an organisation profile, and the AI-literacy action plan the
// service returns for it. Plain JavaScript, no build step, no requests outside this origin.
//
// Data from the service and from an uploaded profile is untrusted: it is only ever put into
// the page with textContent / DOM properties, never as HTML.
//
// Every form control carries the JSON Pointer of the profile field it maps to (data-pointer),
// so the service's error details ({pointer, message}) can be shown next to their field.
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------
  // Texts (nl is the default language)
  // ---------------------------------------------------------------------------------------
  var TEXT = {
    nl: {
      'doc.title': 'ailit – actieplan AI-geletterdheid',
      'skip': 'Naar de inhoud',
      'tagline': 'Actieplan AI-geletterdheid (artikel 4 AI-verordening)',
      'lang.legend': 'Taal',
      'intro.title': 'Maak een actieplan voor AI-geletterdheid',
      'intro.text': 'Beschrijf uw organisatie, de AI-systemen die u gebruikt en de groepen medewerkers die ermee werken. ailit stelt daarmee een meerjarig actieplan op volgens de aanpak van de Autoriteit Persoonsgegevens: vier randvoorwaarden en per jaar de stappen identificeren, doelen bepalen, uitvoeren en evalueren. Bij elke maatregel staat waarom hij in het plan staat.',
      'intro.privacy': 'Uw gegevens gaan alleen naar deze ailit-service en worden niet bewaard.',
      'form.title': 'Profiel van de organisatie',
      'upload.label': 'Profiel (JSON) openen',
      'upload.hint': 'Heeft u al een profiel in JSON? Open het om dit formulier te vullen. Velden die het formulier niet toont, blijven behouden.',
      'upload.ok': '{file} is geladen.',
      'upload.bad': '{file} is geen geldig JSON-bestand: {msg}',
      'upload.notobject': '{file} bevat geen profiel: verwacht werd een JSON-object.',
      'upload.readfail': '{file} kon niet worden gelezen.',
      'profile.save': 'Profiel opslaan (JSON)',
      'form.reset': 'Formulier leegmaken',
      'form.reset.confirm': 'Alle ingevulde gegevens wissen?',
      'form.reset.done': 'Het formulier is leeggemaakt.',
      'required': '(verplicht)',
      'optional': '(optioneel)',
      'sec.organisation': 'Organisatie',
      'sec.governance': 'Sturing en randvoorwaarden',
      'sec.governance.intro': 'Hoe is AI-geletterdheid nu geregeld? Kies per onderwerp wat het beste past.',
      'sec.systems': 'AI-systemen',
      'sec.systems.intro': 'Alle AI-systemen die u gebruikt, test, van plan bent te gebruiken of zelf bouwt, ook AI in ingekochte software en clouddiensten. Een onvolledige lijst geeft al een bruikbaar plan.',
      'sec.staff': 'Groepen medewerkers',
      'sec.staff.intro': 'Groepen mensen met dezelfde rol rond AI en ongeveer dezelfde kennis, bijvoorbeeld bestuur, managers, klantcontact, beleidsadviseurs, ICT en privacy. Minstens één groep.',
      'sec.external': 'Mensen buiten de organisatie',
      'sec.implemented': 'Maatregelen die al zijn ingevoerd',
      'implemented.summary': 'Kies maatregelen die u al heeft uitgevoerd (optioneel)',
      'implemented.intro': 'Deze maatregelen komen in het plan terug als al ingevoerd, in plaats van opnieuw gepland te worden.',
      'implemented.loading': 'De maatregelen worden geladen…',
      'implemented.failed': 'De lijst met maatregelen kon niet worden geladen.',
      'implemented.unknown': '{id} (onbekende maatregel)',
      'submit': 'Actieplan maken',
      'busy': 'Het actieplan wordt opgesteld…',
      'busy.done': 'Het actieplan staat hieronder.',
      'busy.md': 'Markdown wordt opgehaald…',

      'org.name': 'Naam van de organisatie',
      'org.name.hint': 'Zoals u hem in het plan wilt zien.',
      'org.sector': 'Sector',
      'org.sector.hint': 'Een code, bijvoorbeeld municipality (gemeente), hospital, education of consultancy. Voor deze sectoren heeft ailit specifiek advies.',
      'org.employees': 'Aantal medewerkers',
      'org.employees.hint': 'Personen, geen fte: een heel getal van 1 tot 10.000.000.',
      'org.kind': 'Soort organisatie',

      'gov.board_anchored': 'Bestuurlijk vastgelegd',
      'gov.board_anchored.hint': 'Heeft het bestuur of college AI-geletterdheid vastgesteld en op de agenda?',
      'gov.budget': 'Budget voor AI-geletterdheid',
      'gov.responsible_assigned': 'Er is iemand verantwoordelijk voor de uitvoering',
      'gov.periodic_reporting': 'Periodieke rapportage over de voortgang',
      'gov.literacy_monitoring': 'Zicht op de AI-geletterdheid van medewerkers',
      'gov.literacy_monitoring.hint': 'Bijvoorbeeld met enquêtes, toetsen of opleidingsregistratie.',
      'gov.ai_inventory': 'Register van AI-systemen',
      'gov.genai_guidelines': 'Richtlijnen voor generatieve AI',
      'gov.ethical_framework': 'Ethisch kader voor AI',
      'gov.ai_policy': 'AI-beleid',
      'gov.working_group': 'Er is een (multidisciplinaire) werkgroep AI',

      'sys.legend': 'AI-systeem {n}',
      'sys.remove': 'Verwijderen',
      'sys.remove.label': 'AI-systeem {n} verwijderen',
      'sys.removed': 'AI-systeem verwijderd.',
      'sys.added': 'AI-systeem {n} toegevoegd.',
      'sys.add': 'AI-systeem toevoegen',
      'sys.none': 'Geen AI-systemen opgegeven.',
      'sys.name': 'Naam van het systeem',
      'sys.id': 'Code',
      'sys.id.hint': 'Korte code zonder spaties (letters, cijfers, . _ -). Wordt uit de naam gemaakt.',
      'sys.kind': 'Wat doet het systeem?',
      'sys.risk_class': 'Risicoklasse (AI-verordening)',
      'sys.risk_class.hint': 'Niet beoordeeld? Kies "nog niet bepaald"; het plan vraagt dan eerst om een beoordeling.',
      'sys.high_risk_basis': 'Grond voor hoog risico',
      'sys.high_risk_basis.hint': 'Alleen bij hoog risico.',
      'sys.role': 'Uw rol',
      'sys.role.hint': 'Gebruiksverantwoordelijke: u gebruikt het. Aanbieder: u ontwikkelt het (of laat het ontwikkelen) onder eigen naam.',
      'sys.decision_role': 'Rol in besluiten',
      'sys.affected': 'Op wie wordt het toegepast?',
      'sys.people_affected': 'Aantal betrokken mensen per jaar',
      'sys.people_affected.hint': 'Ongeveer; laat leeg als u het niet weet.',
      'sys.personal_data': 'Persoonsgegevens',
      'sys.external_facing': 'Mensen buiten de organisatie gebruiken het direct (bijvoorbeeld een chatbot op de website)',
      'sys.status': 'Status',
      'sys.used_by': 'Gebruikt door',
      'sys.used_by.none': 'Voeg eerst groepen medewerkers toe.',
      'sys.used_by.unknown': '{id} (onbekende groep)',

      'staff.legend': 'Groep {n}',
      'staff.remove': 'Verwijderen',
      'staff.remove.label': 'Groep {n} verwijderen',
      'staff.removed': 'Groep verwijderd.',
      'staff.added': 'Groep {n} toegevoegd.',
      'staff.add': 'Groep toevoegen',
      'staff.name': 'Naam van de groep',
      'staff.id': 'Code',
      'staff.id.hint': 'Korte code zonder spaties. Wordt uit de naam gemaakt.',
      'staff.role': 'Rol rond AI',
      'staff.headcount': 'Aantal mensen',
      'staff.technical_knowledge': 'Technische kennis',
      'staff.ai_experience': 'Ervaring met AI',
      'staff.training': 'Gevolgde AI-training',
      'staff.unnamed': 'Groep {n}',

      'ext.customers_interact_with_ai': 'Klanten, inwoners, patiënten of leerlingen gebruiken onze AI direct (bijvoorbeeld een chatbot of app)',
      'ext.service_providers_operate_ai': 'Leveranciers, ingehuurde krachten of zzp\'ers bedienen AI-systemen namens ons',

      'err.summary.title': 'Het profiel is nog niet in orde',
      'err.summary.text': 'Pas de volgende punten aan en maak het plan opnieuw:',
      'err.notonform': 'niet op het formulier',
      'err.network': 'De ailit-service is niet bereikbaar. Controleer of de service draait en probeer het opnieuw.',
      'err.400': 'De service kon het verzoek niet lezen.',
      'err.413': 'Het profiel is te groot voor de service.',
      'err.415': 'De service accepteert alleen JSON.',
      'err.5xx': 'Er ging iets mis in de service (HTTP {status}). Probeer het later opnieuw.',
      'err.other': 'De service gaf een onverwacht antwoord (HTTP {status}).',
      'err.badresponse': 'Het antwoord van de service kon niet worden gelezen.',
      'err.schema': 'Het profielschema kon niet worden geladen; de keuzelijsten tonen de standaardwaarden.',

      'plan.tools': 'Plan bewaren',
      'download.json': 'JSON downloaden',
      'download.md': 'Markdown downloaden',
      'print': 'Afdrukken',
      'plan.edit': 'Profiel aanpassen',
      'plan.title': 'Actieplan AI-geletterdheid',
      'plan.subtitle': 'Advies over maatregelen voor AI-geletterdheid op grond van artikel 4 van de AI-verordening',
      'plan.meta.sector': 'Sector',
      'plan.meta.employees': 'Medewerkers',
      'plan.meta.size': 'Omvang',
      'plan.meta.date': 'Opgesteld',
      'plan.meta.decision': 'Kenmerk',
      'plan.warnings': 'Let op',
      'plan.summary': 'Samenvatting',
      'plan.count': 'Het plan telt {n} maatregelen: {years}.',
      'plan.count.year': '{n} in jaar {y}',
      'plan.count.inplace': '{n} maatregelen zijn al ingevoerd.',
      'score.overall': 'Totaalscore',
      'score.level': 'Risiconiveau',
      'score.nature': 'Aard van de AI',
      'score.severity': 'Ernst van de gevolgen',
      'score.sector_risk': 'Sectorrisico',
      'score.of': 'van 100',
      'score.systems': 'Risico per AI-systeem',
      'score.groups': 'Kennisniveau per groep',
      'col.system': 'AI-systeem',
      'col.risk': 'Risico',
      'col.level': 'Niveau',
      'col.group': 'Groep',
      'col.required': 'Nodig',
      'col.current': 'Nu',
      'col.gap': 'Achterstand',
      'plan.preconditions': 'Randvoorwaarden',
      'plan.preconditions.intro': 'De Autoriteit Persoonsgegevens noemt vier randvoorwaarden voor een meerjarig actieplan.',
      'plan.precondition.measure': 'Maatregel: {title}',
      'plan.years': 'Meerjarig actieplan',
      'plan.years.intro': 'Per jaar de vier stappen uit de handreiking van de AP. Binnen elke stap staan de meest urgente maatregelen bovenaan.',
      'plan.year': 'Jaar {n}',
      'plan.step.empty': 'Geen nieuwe maatregelen in deze stap.',
      'plan.recurring': 'Komt terug',
      'plan.recurring.from': 'terugkerend werk uit jaar {n}',
      'plan.inplace': 'Al ingevoerd',
      'plan.legal': 'Juridische basis en herkomst',
      'plan.engine': 'ailit {version}; regels: {packs}',
      'm.priority': 'Prioriteit {n}',
      'm.effort': 'Inspanning: {v}',
      'm.targets': 'Voor wie',
      'm.systems': 'AI-systemen',
      'm.how': 'Aanpak',
      'm.why': 'Waarom deze maatregel',
      'm.sources': 'Bronnen ({n})',
      'm.about.system': 'AI-systeem: {name}',
      'm.about.group': 'Groep: {name}',
      'm.facts': 'Gegevens uit het profiel',
      'target.customers': 'klanten en inwoners',
      'target.service_providers': 'dienstverleners en ingehuurde krachten',
      'step.identify': 'Identificeren',
      'step.set_goals': 'Doelen bepalen',
      'step.execute': 'Uitvoeren',
      'step.evaluate': 'Evalueren',
      'step.identify.hint': 'In kaart brengen welke AI er is, wie ermee werkt en welke risico\'s er zijn.',
      'step.set_goals.hint': 'Prioriteren op risico en doelen per groep vastleggen.',
      'step.execute.hint': 'Opleiden, afspraken maken en transparant zijn.',
      'step.evaluate.hint': 'Nagaan wat het oplevert en het plan bijstellen.',
      'level.low': 'laag', 'level.medium': 'gemiddeld', 'level.high': 'hoog', 'level.very_high': 'zeer hoog',
      'status.missing': 'ontbreekt', 'status.partial': 'deels geregeld', 'status.in_place': 'geregeld',
      'effort.low': 'laag', 'effort.medium': 'gemiddeld', 'effort.high': 'hoog',
      'size.micro': 'micro-organisatie', 'size.small': 'kleine organisatie', 'size.medium': 'middelgrote organisatie', 'size.large': 'grote organisatie',
      'footer': 'ailit geeft advies over maatregelen voor AI-geletterdheid; het is geen juridisch oordeel. Controleer de geldende tekst van de AI-verordening.'
    },
    en: {
      'doc.title': 'ailit – AI literacy action plan',
      'skip': 'Skip to content',
      'tagline': 'AI literacy action plan (Article 4 of the AI Act)',
      'lang.legend': 'Language',
      'intro.title': 'Create an AI literacy action plan',
      'intro.text': 'Describe your organisation, the AI systems you use and the groups of staff who work with them. ailit turns this into a multi-year action plan following the approach of the Dutch data protection authority (AP): four preconditions and, every year, the steps identify, set goals, execute and evaluate. Each measure says why it is in the plan.',
      'intro.privacy': 'Your data goes only to this ailit service and is not stored.',
      'form.title': 'Organisation profile',
      'upload.label': 'Open a profile (JSON)',
      'upload.hint': 'Already have a profile in JSON? Open it to fill in this form. Fields the form does not show are kept.',
      'upload.ok': '{file} has been loaded.',
      'upload.bad': '{file} is not a valid JSON file: {msg}',
      'upload.notobject': '{file} does not hold a profile: a JSON object was expected.',
      'upload.readfail': '{file} could not be read.',
      'profile.save': 'Save profile (JSON)',
      'form.reset': 'Clear form',
      'form.reset.confirm': 'Clear everything you have entered?',
      'form.reset.done': 'The form has been cleared.',
      'required': '(required)',
      'optional': '(optional)',
      'sec.organisation': 'Organisation',
      'sec.governance': 'Governance and preconditions',
      'sec.governance.intro': 'How is AI literacy governed today? Choose what fits best for each topic.',
      'sec.systems': 'AI systems',
      'sec.systems.intro': 'Every AI system you use, are piloting, plan to use or build yourselves, including AI in bought software and cloud services. An incomplete list still gives a useful plan.',
      'sec.staff': 'Staff groups',
      'sec.staff.intro': 'Groups of people with the same role towards AI and roughly the same knowledge, for example the board, managers, customer contact, policy advisers, IT and privacy. At least one group.',
      'sec.external': 'People outside the organisation',
      'sec.implemented': 'Measures already in place',
      'implemented.summary': 'Choose measures you have already carried out (optional)',
      'implemented.intro': 'These measures come back in the plan as already in place instead of being planned again.',
      'implemented.loading': 'Loading the measures…',
      'implemented.failed': 'The list of measures could not be loaded.',
      'implemented.unknown': '{id} (unknown measure)',
      'submit': 'Create action plan',
      'busy': 'Creating the action plan…',
      'busy.done': 'The action plan is shown below.',
      'busy.md': 'Fetching Markdown…',

      'org.name': 'Name of the organisation',
      'org.name.hint': 'As you want it to appear in the plan.',
      'org.sector': 'Sector',
      'org.sector.hint': 'A code, for example municipality, hospital, education or consultancy. ailit has specific advice for these sectors.',
      'org.employees': 'Number of employees',
      'org.employees.hint': 'People, not FTE: a whole number from 1 to 10,000,000.',
      'org.kind': 'Kind of organisation',

      'gov.board_anchored': 'Anchored at board level',
      'gov.board_anchored.hint': 'Has the board or executive adopted AI literacy and put it on its agenda?',
      'gov.budget': 'Budget for AI literacy',
      'gov.responsible_assigned': 'Someone is responsible for carrying out the plan',
      'gov.periodic_reporting': 'Periodic reporting on progress',
      'gov.literacy_monitoring': 'Insight into staff AI literacy',
      'gov.literacy_monitoring.hint': 'For example surveys, tests or training records.',
      'gov.ai_inventory': 'Register of AI systems',
      'gov.genai_guidelines': 'Guidelines for generative AI',
      'gov.ethical_framework': 'Ethical framework for AI',
      'gov.ai_policy': 'AI policy',
      'gov.working_group': 'There is a (multidisciplinary) AI working group',

      'sys.legend': 'AI system {n}',
      'sys.remove': 'Remove',
      'sys.remove.label': 'Remove AI system {n}',
      'sys.removed': 'AI system removed.',
      'sys.added': 'AI system {n} added.',
      'sys.add': 'Add AI system',
      'sys.none': 'No AI systems entered.',
      'sys.name': 'Name of the system',
      'sys.id': 'Code',
      'sys.id.hint': 'Short code without spaces (letters, digits, . _ -). Made from the name.',
      'sys.kind': 'What does the system do?',
      'sys.risk_class': 'Risk class (AI Act)',
      'sys.risk_class.hint': 'Not assessed? Choose "not yet assessed"; the plan then asks for an assessment first.',
      'sys.high_risk_basis': 'Basis for high risk',
      'sys.high_risk_basis.hint': 'Only for high-risk systems.',
      'sys.role': 'Your role',
      'sys.role.hint': 'Deployer: you use it. Provider: you develop it (or have it developed) under your own name.',
      'sys.decision_role': 'Role in decisions',
      'sys.affected': 'On whom is it used?',
      'sys.people_affected': 'People affected per year',
      'sys.people_affected.hint': 'Roughly; leave empty if you do not know.',
      'sys.personal_data': 'Personal data',
      'sys.external_facing': 'People outside the organisation use it directly (for example a chatbot on the website)',
      'sys.status': 'Status',
      'sys.used_by': 'Used by',
      'sys.used_by.none': 'Add staff groups first.',
      'sys.used_by.unknown': '{id} (unknown group)',

      'staff.legend': 'Group {n}',
      'staff.remove': 'Remove',
      'staff.remove.label': 'Remove group {n}',
      'staff.removed': 'Group removed.',
      'staff.added': 'Group {n} added.',
      'staff.add': 'Add group',
      'staff.name': 'Name of the group',
      'staff.id': 'Code',
      'staff.id.hint': 'Short code without spaces. Made from the name.',
      'staff.role': 'Role towards AI',
      'staff.headcount': 'Number of people',
      'staff.technical_knowledge': 'Technical knowledge',
      'staff.ai_experience': 'Experience with AI',
      'staff.training': 'AI training followed',
      'staff.unnamed': 'Group {n}',

      'ext.customers_interact_with_ai': 'Customers, citizens, patients or students use our AI directly (for example a chatbot or app)',
      'ext.service_providers_operate_ai': 'Suppliers, hired staff or freelancers operate AI systems on our behalf',

      'err.summary.title': 'The profile needs attention',
      'err.summary.text': 'Correct the following and create the plan again:',
      'err.notonform': 'not on the form',
      'err.network': 'The ailit service cannot be reached. Check that it is running and try again.',
      'err.400': 'The service could not read the request.',
      'err.413': 'The profile is too large for the service.',
      'err.415': 'The service accepts JSON only.',
      'err.5xx': 'Something went wrong in the service (HTTP {status}). Please try again later.',
      'err.other': 'The service gave an unexpected answer (HTTP {status}).',
      'err.badresponse': 'The answer of the service could not be read.',
      'err.schema': 'The profile schema could not be loaded; the lists show the standard values.',

      'plan.tools': 'Keep the plan',
      'download.json': 'Download JSON',
      'download.md': 'Download Markdown',
      'print': 'Print',
      'plan.edit': 'Edit profile',
      'plan.title': 'AI literacy action plan',
      'plan.subtitle': 'Advice on AI-literacy measures under Article 4 of the AI Act',
      'plan.meta.sector': 'Sector',
      'plan.meta.employees': 'Employees',
      'plan.meta.size': 'Size',
      'plan.meta.date': 'Created',
      'plan.meta.decision': 'Reference',
      'plan.warnings': 'Please note',
      'plan.summary': 'Summary',
      'plan.count': 'The plan holds {n} measures: {years}.',
      'plan.count.year': '{n} in year {y}',
      'plan.count.inplace': '{n} measures are already in place.',
      'score.overall': 'Overall score',
      'score.level': 'Risk level',
      'score.nature': 'Nature of the AI',
      'score.severity': 'Severity of impact',
      'score.sector_risk': 'Sector risk',
      'score.of': 'out of 100',
      'score.systems': 'Risk per AI system',
      'score.groups': 'Literacy per group',
      'col.system': 'AI system',
      'col.risk': 'Risk',
      'col.level': 'Level',
      'col.group': 'Group',
      'col.required': 'Needed',
      'col.current': 'Now',
      'col.gap': 'Gap',
      'plan.preconditions': 'Preconditions',
      'plan.preconditions.intro': 'The Dutch data protection authority (AP) names four preconditions for a multi-year action plan.',
      'plan.precondition.measure': 'Measure: {title}',
      'plan.years': 'Multi-year action plan',
      'plan.years.intro': 'For each year the four steps of the AP\'s guidance. Within each step the most urgent measures come first.',
      'plan.year': 'Year {n}',
      'plan.step.empty': 'No new measures in this step.',
      'plan.recurring': 'Recurring',
      'plan.recurring.from': 'recurring work from year {n}',
      'plan.inplace': 'Already in place',
      'plan.legal': 'Legal basis and provenance',
      'plan.engine': 'ailit {version}; rules: {packs}',
      'm.priority': 'Priority {n}',
      'm.effort': 'Effort: {v}',
      'm.targets': 'For whom',
      'm.systems': 'AI systems',
      'm.how': 'How',
      'm.why': 'Why this measure',
      'm.sources': 'Sources ({n})',
      'm.about.system': 'AI system: {name}',
      'm.about.group': 'Group: {name}',
      'm.facts': 'Facts from the profile',
      'target.customers': 'customers and citizens',
      'target.service_providers': 'service providers and hired staff',
      'step.identify': 'Identify',
      'step.set_goals': 'Set goals',
      'step.execute': 'Execute',
      'step.evaluate': 'Evaluate',
      'step.identify.hint': 'Map which AI there is, who works with it and what the risks are.',
      'step.set_goals.hint': 'Prioritise by risk and set goals per group.',
      'step.execute.hint': 'Train, agree on rules and be transparent.',
      'step.evaluate.hint': 'Check what it achieves and adjust the plan.',
      'level.low': 'low', 'level.medium': 'medium', 'level.high': 'high', 'level.very_high': 'very high',
      'status.missing': 'missing', 'status.partial': 'partly in place', 'status.in_place': 'in place',
      'effort.low': 'low', 'effort.medium': 'medium', 'effort.high': 'high',
      'size.micro': 'micro organisation', 'size.small': 'small organisation', 'size.medium': 'medium-sized organisation', 'size.large': 'large organisation',
      'footer': 'ailit advises on AI-literacy measures; it is not a legal opinion. Check the text of the AI Act in force.'
    }
  };

  // Readable labels for the schema's enumeration values. The values themselves (and their
  // order) come from GET /v1/schema/profile; a value without a label here is shown as is.
  var LABELS = {
    nl: {
      org_kind: { 'public': 'publiek (overheid)', semi_public: 'semipubliek (bijv. ziekenhuis, school)', 'private': 'privaat (bedrijf)' },
      ypn: { yes: 'ja', partly: 'deels', no: 'nee' },
      ydn: { yes: 'ja, vastgesteld', draft: 'in concept', no: 'nee' },
      inventory: { complete: 'volledig', partial: 'gedeeltelijk', none: 'geen' },
      system_kind: { generative: 'generatief (tekst, beeld, code)', predictive: 'voorspellend', classification: 'classificerend (indelen in categorieën)', recognition: 'herkenning (beeld, spraak, documenten)', biometric: 'biometrisch (gezicht, stem)', recommender: 'aanbevelingen', optimisation: 'optimalisatie (planning, roosters)', automation: 'automatisering van processtappen', other: 'anders' },
      risk_class: { prohibited: 'verboden (art. 5)', high: 'hoog risico (art. 6)', limited: 'beperkt risico (art. 50)', minimal: 'minimaal risico', unknown: 'nog niet bepaald' },
      high_risk_basis: { annex_i: 'bijlage I (product, bijv. medisch hulpmiddel)', annex_iii: 'bijlage III (toepassingsgebied)', unknown: 'onbekend' },
      provider_role: { deployer: 'gebruiksverantwoordelijke', provider: 'aanbieder', both: 'beide' },
      decision_role: { informs: 'informeert alleen', supports: 'ondersteunt besluiten', decides: 'beslist zelf' },
      affected: { employees: 'medewerkers', customers: 'klanten', citizens: 'inwoners', patients: 'patiënten', students: 'leerlingen of studenten', minors: 'minderjarigen', vulnerable: 'kwetsbare mensen', 'public': 'publiek' },
      personal_data: { none: 'geen', personal: 'persoonsgegevens', special_category: 'bijzondere persoonsgegevens (art. 9 AVG)' },
      system_status: { planned: 'gepland', pilot: 'pilot', production: 'in gebruik' },
      staff_role: { board: 'bestuur (college, directie)', management: 'management', ai_lead: 'AI-coördinator of AI-officer', developer: 'ontwikkelaars', operator: 'uitvoerders die AI bedienen of controleren', end_user: 'eindgebruikers', procurement: 'inkoop', legal_privacy: 'juridisch en privacy', hr: 'HR', communications: 'communicatie', it_support: 'ICT-beheer', educator: 'docenten en trainers', external: 'externen (ingehuurd)' },
      technical_knowledge: { none: 'geen', basic: 'basis', intermediate: 'gevorderd', advanced: 'expert' },
      ai_experience: { none: 'geen', some: 'enige', extensive: 'veel' },
      training: { none: 'geen', basic: 'basistraining', role_specific: 'training voor de eigen rol' }
    },
    en: {
      org_kind: { 'public': 'public (government)', semi_public: 'semi-public (e.g. hospital, school)', 'private': 'private (company)' },
      ypn: { yes: 'yes', partly: 'partly', no: 'no' },
      ydn: { yes: 'yes, adopted', draft: 'draft', no: 'no' },
      inventory: { complete: 'complete', partial: 'partial', none: 'none' },
      system_kind: { generative: 'generative (text, images, code)', predictive: 'predictive', classification: 'classification', recognition: 'recognition (images, speech, documents)', biometric: 'biometric (face, voice)', recommender: 'recommender', optimisation: 'optimisation (planning, rosters)', automation: 'process automation', other: 'other' },
      risk_class: { prohibited: 'prohibited (Art. 5)', high: 'high risk (Art. 6)', limited: 'limited risk (Art. 50)', minimal: 'minimal risk', unknown: 'not yet assessed' },
      high_risk_basis: { annex_i: 'Annex I (product, e.g. medical device)', annex_iii: 'Annex III (area of use)', unknown: 'unknown' },
      provider_role: { deployer: 'deployer', provider: 'provider', both: 'both' },
      decision_role: { informs: 'informs only', supports: 'supports decisions', decides: 'decides by itself' },
      affected: { employees: 'employees', customers: 'customers', citizens: 'citizens', patients: 'patients', students: 'students', minors: 'minors', vulnerable: 'vulnerable people', 'public': 'the public' },
      personal_data: { none: 'none', personal: 'personal data', special_category: 'special categories (Art. 9 GDPR)' },
      system_status: { planned: 'planned', pilot: 'pilot', production: 'in use' },
      staff_role: { board: 'board (executive, directors)', management: 'management', ai_lead: 'AI lead or AI officer', developer: 'developers', operator: 'operators who run or check AI', end_user: 'end users', procurement: 'procurement', legal_privacy: 'legal and privacy', hr: 'HR', communications: 'communications', it_support: 'IT support', educator: 'teachers and trainers', external: 'external (hired staff)' },
      technical_knowledge: { none: 'none', basic: 'basic', intermediate: 'intermediate', advanced: 'advanced' },
      ai_experience: { none: 'none', some: 'some', extensive: 'extensive' },
      training: { none: 'none', basic: 'basic training', role_specific: 'role-specific training' }
    }
  };

  // The fields the form shows. key: the profile field; type: text | id | int | enum | bool |
  // multi (a set of enum values) | groups (ids of staff groups); labels: the LABELS table.
  var ORG_FIELDS = [
    { key: 'name', type: 'text', required: true, hint: true, wide: true },
    { key: 'sector', type: 'id', required: true, hint: true, list: 'sector-list' },
    { key: 'employees', type: 'int', required: true, hint: true, min: 1 },
    { key: 'kind', type: 'enum', labels: 'org_kind' }
  ];
  var GOV_FIELDS = [
    { key: 'board_anchored', type: 'enum', labels: 'ypn', hint: true },
    { key: 'budget', type: 'enum', labels: 'ypn' },
    { key: 'periodic_reporting', type: 'enum', labels: 'ypn' },
    { key: 'literacy_monitoring', type: 'enum', labels: 'ypn', hint: true },
    { key: 'ai_inventory', type: 'enum', labels: 'inventory' },
    { key: 'genai_guidelines', type: 'enum', labels: 'ydn' },
    { key: 'ethical_framework', type: 'enum', labels: 'ydn' },
    { key: 'ai_policy', type: 'enum', labels: 'ydn' },
    { key: 'responsible_assigned', type: 'bool' },
    { key: 'working_group', type: 'bool' }
  ];
  var SYS_FIELDS = [
    { key: 'name', type: 'text', span: true },
    { key: 'id', type: 'id', required: true, hint: true, auto: true },
    { key: 'kind', type: 'enum', labels: 'system_kind' },
    { key: 'risk_class', type: 'enum', labels: 'risk_class', hint: true },
    { key: 'high_risk_basis', type: 'enum', labels: 'high_risk_basis', hint: true, when: { key: 'risk_class', value: 'high' } },
    { key: 'role', type: 'enum', labels: 'provider_role', hint: true },
    { key: 'decision_role', type: 'enum', labels: 'decision_role' },
    { key: 'personal_data', type: 'enum', labels: 'personal_data' },
    { key: 'status', type: 'enum', labels: 'system_status' },
    { key: 'people_affected', type: 'int', hint: true, min: 0 },
    { key: 'affected', type: 'multi', labels: 'affected' },
    { key: 'used_by', type: 'groups' },
    { key: 'external_facing', type: 'bool', wide: true }
  ];
  var STAFF_FIELDS = [
    { key: 'name', type: 'text', span: true },
    { key: 'id', type: 'id', required: true, hint: true, auto: true },
    { key: 'role', type: 'enum', labels: 'staff_role' },
    { key: 'headcount', type: 'int', min: 1 },
    { key: 'technical_knowledge', type: 'enum', labels: 'technical_knowledge' },
    { key: 'ai_experience', type: 'enum', labels: 'ai_experience' },
    { key: 'training', type: 'enum', labels: 'training' }
  ];
  var EXT_FIELDS = [
    { key: 'customers_interact_with_ai', type: 'bool' },
    { key: 'service_providers_operate_ai', type: 'bool' }
  ];
  var STEPS = ['identify', 'set_goals', 'execute', 'evaluate'];
  var FRESH = { organisation: { sector: 'municipality', kind: 'public' } };

  var state = {
    lang: 'nl',
    schema: null,
    plugins: null,       // [{id, sectors}] from GET /v1/plugins, or null
    catalogue: null,     // measures of GET /v1/measures in the current language
    base: {},            // the uploaded profile: fields the form does not show are kept
    last: null,          // {profile, text, rec}: the plan on screen
    seq: 0,              // request counter; a stale answer is dropped
    uid: 0
  };

  // ---------------------------------------------------------------------------------------
  // Small helpers
  // ---------------------------------------------------------------------------------------
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function t(key, args) {
    var s = TEXT[state.lang][key];
    if (s === undefined) s = TEXT.nl[key] !== undefined ? TEXT.nl[key] : key;
    if (args) s = s.replace(/\{(\w+)\}/g, function (m, k) { return args[k] !== undefined ? String(args[k]) : m; });
    return s;
  }
  function label(ns, value) {
    var table = LABELS[state.lang][ns] || {};
    return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : String(value);
  }
  // Creates an element. attrs: properties or attributes; children: nodes or strings (text).
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k === 'dataset') Object.keys(v).forEach(function (d) { el.dataset[d] = v[d]; });
        else if (k === 'i18n') { el.dataset.i18n = v; el.textContent = t(v); }
        else if (k in el && typeof v !== 'string') el[k] = v;
        else el.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return el;
  }
  function clone(v) { return v === undefined ? undefined : JSON.parse(JSON.stringify(v)); }
  function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  function nextUid() { state.uid += 1; return 'u' + state.uid; }
  function slug(text, fallback) {
    var s = String(text || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48);
    return s || fallback;
  }
  function announce(msg) {
    var live = $('#announce');
    live.textContent = '';
    window.setTimeout(function () { live.textContent = msg; }, 30);
  }
  function formatNumber(n) {
    return typeof n === 'number' ? n.toLocaleString(state.lang === 'nl' ? 'nl-NL' : 'en-GB') : String(n);
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  // ---------------------------------------------------------------------------------------
  // The schema: enumerations and defaults for the form
  // ---------------------------------------------------------------------------------------
  function lookupRef(ref) {
    if (!state.schema || typeof ref !== 'string' || ref.indexOf('#/') !== 0) return null;
    return ref.slice(2).split('/').reduce(function (o, k) {
      return o ? o[k.replace(/~1/g, '/').replace(/~0/g, '~')] : null;
    }, state.schema);
  }
  function resolve(node) {
    for (var guard = 0; node && node.$ref && guard < 16; guard++) {
      var rest = Object.assign({}, node);
      delete rest.$ref;
      node = Object.assign({}, lookupRef(node.$ref) || {}, rest);
    }
    return node || null;
  }
  // path: property names, with '[]' for "an item of this array".
  function schemaAt(path) {
    var node = resolve(state.schema);
    for (var i = 0; i < path.length && node; i++) {
      node = path[i] === '[]' ? resolve(node.items) : resolve(node.properties && node.properties[path[i]]);
    }
    return node;
  }
  function enumFor(path, ns) {
    var node = schemaAt(path);
    if (node && node.type === 'array') node = resolve(node.items);
    if (node && Array.isArray(node['enum'])) return node['enum'];
    return Object.keys(LABELS.en[ns] || {});
  }
  function defaultFor(path, def) {
    var node = schemaAt(path);
    if (node && node['default'] !== undefined) return node['default'];
    if (def.type === 'enum') { var e = enumFor(path, def.labels); return e[e.length - 1]; }
    if (def.type === 'bool') return false;
    return undefined;
  }

  // ---------------------------------------------------------------------------------------
  // Building the form
  // ---------------------------------------------------------------------------------------
  // scope: {prefix: 'org' | 'sys' | 'staff' | ..., path: schema path of the object,
  //         pointer: JSON Pointer of the object, uid: unique id part}
  function buildField(def, scope) {
    var id = 'f-' + scope.uid + '-' + def.key;
    var pointer = scope.pointer + '/' + def.key;
    var textKey = scope.prefix + '.' + def.key;
    var schemaPath = scope.path.concat([def.key]);
    var hintId = def.hint ? id + '-hint' : null;
    var hint = def.hint ? h('p', { class: 'hint', id: hintId, i18n: textKey + '.hint' }) : null;
    var wrap;

    if (def.type === 'bool') {
      var cb = h('input', { type: 'checkbox', id: id, 'aria-describedby': hintId,
        dataset: { field: def.key, pointer: pointer } });
      wrap = h('div', { class: 'field field-check' + (def.wide ? ' field-wide' : '') }, [
        h('div', { class: 'check' }, [cb, h('label', { 'for': id, i18n: textKey })]), hint]);
      return wrap;
    }
    if (def.type === 'multi' || def.type === 'groups') {
      var box = h('div', { class: 'checks' });
      var fs = h('fieldset', { class: 'field field-group field-wide', dataset: { field: def.key, pointer: pointer } }, [
        h('legend', { i18n: textKey }), box, hint]);
      if (def.type === 'multi') {
        enumFor(schemaPath, def.labels).forEach(function (v) {
          var cid = id + '-' + v;
          box.appendChild(h('div', { class: 'check' }, [
            h('input', { type: 'checkbox', id: cid, value: v }),
            h('label', { 'for': cid, dataset: { enumLabel: def.labels, value: v }, text: label(def.labels, v) })]));
        });
      } else {
        fs.dataset.owner = scope.uid;
      }
      return fs;
    }

    var control;
    if (def.type === 'enum') {
      control = h('select', { id: id, dataset: { labels: def.labels } });
      enumFor(schemaPath, def.labels).forEach(function (v) {
        control.appendChild(h('option', { value: v, text: label(def.labels, v) }));
      });
    } else if (def.type === 'int') {
      control = h('input', { type: 'number', id: id, inputmode: 'numeric', step: '1', min: def.min !== undefined ? String(def.min) : null });
    } else {
      control = h('input', { type: 'text', id: id, autocomplete: 'off', spellcheck: def.type === 'id' ? 'false' : null,
        list: def.list || null, maxlength: def.type === 'id' ? null : null });
      if (def.type === 'id') control.setAttribute('autocapitalize', 'off');
    }
    control.dataset.field = def.key;
    control.dataset.pointer = pointer;
    if (def.required) control.setAttribute('aria-required', 'true');
    if (hintId) control.setAttribute('aria-describedby', hintId);
    var lab = h('label', { 'for': id }, [
      h('span', { i18n: textKey }),
      def.required ? h('span', { class: 'req', i18n: 'required' }) : null]);
    wrap = h('div', { class: 'field' + (def.wide ? ' field-wide' : '') + (def.span ? ' field-name' : '') + (def.type === 'id' && def.auto ? ' field-id' : '') }, [lab, control, hint]);
    if (def.when) { wrap.dataset.whenKey = def.when.key; wrap.dataset.whenValue = def.when.value; }
    return wrap;
  }

  function buildFields(container, defs, scope) {
    defs.forEach(function (def) { container.appendChild(buildField(def, scope)); });
  }

  function control(root, key) { return root.querySelector('[data-field="' + key + '"]'); }

  function setValue(root, def, value, schemaPath) {
    var el = control(root, def.key);
    if (!el) return;
    if (value === undefined) value = defaultFor(schemaPath, def);
    if (def.type === 'bool') { el.checked = value === true; return; }
    if (def.type === 'multi') {
      var vals = Array.isArray(value) ? value.map(String) : [];
      var box = el.querySelector('.checks');
      $all('input', box).forEach(function (cb) { cb.checked = vals.indexOf(cb.value) >= 0; });
      vals.forEach(function (v) {
        if (!$all('input', box).some(function (cb) { return cb.value === v; })) {
          var cid = el.id + '-x-' + nextUid();
          box.appendChild(h('div', { class: 'check' }, [
            h('input', { type: 'checkbox', id: cid, value: v, checked: true }),
            h('label', { 'for': cid, text: v })]));
        }
      });
      return;
    }
    if (def.type === 'groups') return; // filled by fillUsedBy once the staff rows exist
    if (def.type === 'enum') {
      var v = value === undefined || value === null ? '' : String(value);
      if (v !== '' && !$all('option', el).some(function (o) { return o.value === v; })) {
        el.appendChild(h('option', { value: v, text: v })); // kept as is; the service will say what is wrong
      }
      el.value = v;
      return;
    }
    el.value = value === undefined || value === null ? '' : (typeof value === 'object' ? JSON.stringify(value) : String(value));
  }

  // A field shown only for some values of another (high_risk_basis: only for high risk).
  function whenHolds(root, def) {
    if (!def.when) return true;
    var other = control(root, def.when.key);
    return !other || other.value === def.when.value;
  }
  function applyConditions(root) {
    $all('[data-when-key]', root).forEach(function (wrap) {
      var other = control(root, wrap.dataset.whenKey);
      wrap.hidden = !!other && other.value !== wrap.dataset.whenValue;
    });
  }

  // Values in the order the uploaded profile had them; new ones after.
  function orderLike(values, original) {
    if (!Array.isArray(original)) return values;
    var rank = function (v) { var i = original.indexOf(v); return i < 0 ? original.length : i; };
    return values.map(function (v, i) { return { v: v, i: i }; })
      .sort(function (a, b) { return (rank(a.v) - rank(b.v)) || (a.i - b.i); })
      .map(function (x) { return x.v; });
  }

  function readFields(root, defs, target) {
    defs.forEach(function (def) {
      var el = control(root, def.key);
      if (!el) return;
      if (!whenHolds(root, def)) return; // hidden: whatever the uploaded profile had stays
      var v;
      if (def.type === 'bool') v = el.checked;
      else if (def.type === 'multi') v = $all('input:checked', el).map(function (cb) { return cb.value; });
      else if (def.type === 'groups') {
        v = $all('input:checked', el).map(function (cb) {
          if (cb.dataset.rawId !== undefined) return cb.dataset.rawId;
          var row = document.getElementById(cb.dataset.staffRow);
          return row ? control(row, 'id').value.trim() : '';
        }).filter(function (x) { return x !== ''; });
      } else if (def.type === 'int') {
        var raw = el.value.trim();
        v = raw === '' ? undefined : Number(raw);
      } else if (def.type === 'enum') v = el.value;
      else { v = el.value.trim(); if (v === '') v = undefined; }
      if (Array.isArray(v)) v = orderLike(v, target[def.key]);
      if (v === undefined) delete target[def.key];
      else target[def.key] = v;
    });
    return target;
  }

  // --- rows (AI systems, staff groups) --------------------------------------------------------
  var KINDS = {
    sys: { container: '#system-rows', array: 'ai_systems', fields: SYS_FIELDS, fallback: 'systeem' },
    staff: { container: '#staff-rows', array: 'staff_groups', fields: STAFF_FIELDS, fallback: 'groep' }
  };

  function addRow(kind, data, opts) {
    var k = KINDS[kind];
    var uid = nextUid();
    var row = h('fieldset', { class: 'row', id: 'row-' + uid, dataset: { kind: kind, uid: uid } });
    var legend = h('legend', { class: 'row-legend' });
    var removeBtn = h('button', { type: 'button', class: 'button button-quiet button-small remove-row' }, [
      h('span', { 'aria-hidden': 'true', text: '× ' }), h('span', { class: 'remove-text', i18n: kind + '.remove' })]);
    var head = h('div', { class: 'row-head' }, [removeBtn]);
    var grid = h('div', { class: 'grid' });
    row.appendChild(legend);
    row.appendChild(head);
    row.appendChild(grid);
    row._extra = isObject(data) ? clone(data) : {};
    buildFields(grid, k.fields, { prefix: kind, path: [k.array, '[]'], pointer: '', uid: uid });
    var obj = isObject(data) ? data : {};
    k.fields.forEach(function (def) { setValue(grid, def, obj[def.key], [k.array, '[]', def.key]); });
    applyConditions(grid);
    var idEl = control(grid, 'id');
    idEl.dataset.auto = obj.id === undefined || obj.id === '' ? '1' : '0';
    $(k.container).appendChild(row);
    reindex(kind);
    if (kind === 'staff') refreshUsedBy();
    if (kind === 'sys') fillUsedBy(row, Array.isArray(obj.used_by) ? obj.used_by : []);
    if (opts && opts.focus) {
      control(grid, 'name').focus();
      announce(t(kind + '.added', { n: $all(k.container + ' > .row').length }));
    }
    return row;
  }

  function removeRow(row) {
    var kind = row.dataset.kind;
    var k = KINDS[kind];
    var rows = $all(k.container + ' > .row');
    var i = rows.indexOf(row);
    row.remove();
    reindex(kind);
    if (kind === 'staff') refreshUsedBy();
    var left = $all(k.container + ' > .row');
    var next = left[Math.min(i, left.length - 1)];
    if (next) control(next, 'name').focus();
    else $(kind === 'sys' ? '#add-system' : '#add-staff').focus();
    announce(t(kind + '.removed'));
  }

  // Rewrites the JSON Pointers and numbers after rows were added or removed.
  function reindex(kind) {
    var k = KINDS[kind];
    $all(k.container + ' > .row').forEach(function (row, i) {
      var base = '/' + k.array + '/' + i;
      row.dataset.pointer = base;
      row.dataset.n = String(i + 1);
      $all('[data-field]', row).forEach(function (el) { el.dataset.pointer = base + '/' + el.dataset.field; });
      labelRow(row);
    });
    if (kind === 'sys') $('#no-systems').hidden = $all(k.container + ' > .row').length > 0;
  }

  function labelRow(row) {
    var kind = row.dataset.kind;
    var n = row.dataset.n;
    var name = control(row, 'name').value.trim();
    var legend = row.querySelector('.row-legend');
    legend.textContent = t(kind + '.legend', { n: n }) + (name ? ': ' + name : '');
    row.querySelector('.remove-row').setAttribute('aria-label', t(kind + '.remove.label', { n: n }) + (name ? ' (' + name + ')' : ''));
  }

  function uniqueId(kind, row, base) {
    var taken = $all(KINDS[kind].container + ' > .row').filter(function (r) { return r !== row; })
      .map(function (r) { return control(r, 'id').value.trim(); });
    var id = base;
    for (var i = 2; taken.indexOf(id) >= 0; i++) id = base + '_' + i;
    return id;
  }

  // The "used by" checkboxes of every AI system list the current staff groups. A checkbox
  // refers to its staff row, so renaming a group keeps it checked; ids that name no group
  // (from an uploaded profile) stay as they are, so the service can point at them.
  function staffLabel(row) {
    var name = control(row, 'name').value.trim();
    var id = control(row, 'id').value.trim();
    return name || id || t('staff.unnamed', { n: row.dataset.n });
  }
  function renderUsedBy(sysRow, checkedRows, raws) {
    var fs = control(sysRow, 'used_by');
    var box = fs.querySelector('.checks');
    box.replaceChildren();
    var staff = $all('#staff-rows > .row');
    staff.forEach(function (srow) {
      var cid = 'ub-' + sysRow.dataset.uid + '-' + srow.dataset.uid;
      box.appendChild(h('div', { class: 'check' }, [
        h('input', { type: 'checkbox', id: cid, checked: checkedRows.indexOf(srow.id) >= 0, dataset: { staffRow: srow.id } }),
        h('label', { 'for': cid, text: staffLabel(srow) })]));
    });
    raws.forEach(function (raw) {
      var cid = 'ub-' + sysRow.dataset.uid + '-x-' + nextUid();
      box.appendChild(h('div', { class: 'check' }, [
        h('input', { type: 'checkbox', id: cid, checked: true, dataset: { rawId: raw } }),
        h('label', { 'for': cid, text: t('sys.used_by.unknown', { id: raw }) })]));
    });
    if (!staff.length && !raws.length) box.appendChild(h('p', { class: 'hint', i18n: 'sys.used_by.none' }));
  }
  function refreshUsedBy() {
    $all('#system-rows > .row').forEach(function (sysRow) {
      var fs = control(sysRow, 'used_by');
      var checkedRows = $all('input:checked', fs).map(function (cb) { return cb.dataset.staffRow; }).filter(Boolean);
      var raws = $all('input', fs).filter(function (cb) { return cb.dataset.rawId !== undefined && cb.checked; })
        .map(function (cb) { return cb.dataset.rawId; });
      renderUsedBy(sysRow, checkedRows, raws);
    });
  }
  function fillUsedBy(sysRow, ids) {
    var staff = $all('#staff-rows > .row');
    var checkedRows = [];
    var raws = [];
    ids.forEach(function (id) {
      var s = staff.filter(function (r) { return control(r, 'id').value.trim() === String(id); })[0];
      if (s && checkedRows.indexOf(s.id) < 0) checkedRows.push(s.id); else raws.push(String(id));
    });
    renderUsedBy(sysRow, checkedRows, raws);
  }

  // --- implemented measures --------------------------------------------------------------
  function pluginSectors() {
    var map = {};
    (state.plugins || []).forEach(function (p) { map['plugin:' + p.id] = p.sectors || []; });
    return map;
  }
  function renderImplemented(checkedIds) {
    var list = $('#implemented-list');
    if (!checkedIds) checkedIds = $all('input:checked', list).map(function (cb) { return cb.value; });
    list.replaceChildren();
    if (!state.catalogue) {
      list.appendChild(h('p', { class: 'hint', i18n: state.catalogue === false ? 'implemented.failed' : 'implemented.loading' }));
      checkedIds.forEach(function (id) { addImplementedRaw(list, id); });
      return;
    }
    var sector = (control($('#org-fields'), 'sector').value || '').trim();
    var sectors = pluginSectors();
    var known = {};
    STEPS.forEach(function (step) {
      var items = state.catalogue.filter(function (m) {
        if (m.step !== step) return false;
        if (checkedIds.indexOf(m.id) >= 0) return true;
        if (!m.origin || m.origin === 'core' || !state.plugins) return true;
        return (sectors[m.origin] || []).indexOf(sector) >= 0;
      });
      if (!items.length) return;
      var group = h('fieldset', { class: 'check-group' }, [h('legend', { text: t('step.' + step) })]);
      items.forEach(function (m) {
        known[m.id] = true;
        var cid = 'im-' + m.id.replace(/[^A-Za-z0-9_-]/g, '_');
        group.appendChild(h('div', { class: 'check' }, [
          h('input', { type: 'checkbox', id: cid, value: m.id, checked: checkedIds.indexOf(m.id) >= 0 }),
          h('label', { 'for': cid, text: m.title })]));
      });
      list.appendChild(group);
    });
    checkedIds.forEach(function (id) { if (!known[id]) addImplementedRaw(list, id); });
  }
  function addImplementedRaw(list, id) {
    var cid = 'im-x-' + nextUid();
    list.appendChild(h('div', { class: 'check' }, [
      h('input', { type: 'checkbox', id: cid, value: id, checked: true }),
      h('label', { 'for': cid, text: t('implemented.unknown', { id: id }) })]));
  }
  function loadCatalogue() {
    var lang = state.lang;
    return getJSON('/v1/measures?lang=' + lang).then(function (data) {
      if (lang !== state.lang) return;
      state.catalogue = Array.isArray(data.measures) ? data.measures : [];
      renderImplemented();
    }, function () {
      state.catalogue = false;
      renderImplemented();
    });
  }

  // --- whole form <-> profile ---------------------------------------------------------------
  function fillForm(profile) {
    state.base = clone(profile);
    var org = isObject(profile.organisation) ? profile.organisation : {};
    var gov = isObject(profile.governance) ? profile.governance : {};
    var ext = isObject(profile.external_parties) ? profile.external_parties : {};
    ORG_FIELDS.forEach(function (d) { setValue($('#org-fields'), d, org[d.key], ['organisation', d.key]); });
    GOV_FIELDS.forEach(function (d) { setValue($('#gov-fields'), d, gov[d.key], ['governance', d.key]); });
    EXT_FIELDS.forEach(function (d) { setValue($('#ext-fields'), d, ext[d.key], ['external_parties', d.key]); });
    $('#staff-rows').replaceChildren();
    $('#system-rows').replaceChildren();
    var staff = Array.isArray(profile.staff_groups) ? profile.staff_groups : [];
    var systems = Array.isArray(profile.ai_systems) ? profile.ai_systems : [];
    staff.forEach(function (s) { addRow('staff', s); });
    systems.forEach(function (s) { addRow('sys', s); });
    reindex('sys');
    reindex('staff');
    var implemented = Array.isArray(profile.implemented_measures) ? profile.implemented_measures.map(String) : [];
    renderImplemented(implemented);
    if (implemented.length) $('#implemented-details').open = true;
  }

  function resetForm() {
    fillForm(clone(FRESH));
    state.base = {};
    addRow('sys', {});
    addRow('staff', {});
  }

  function collectProfile() {
    var p = isObject(state.base) ? clone(state.base) : {};
    p.organisation = readFields($('#org-fields'), ORG_FIELDS, isObject(p.organisation) ? p.organisation : {});
    p.governance = readFields($('#gov-fields'), GOV_FIELDS, isObject(p.governance) ? p.governance : {});
    p.ai_systems = $all('#system-rows > .row').map(function (row) {
      return readFields(row, SYS_FIELDS, clone(row._extra));
    });
    p.staff_groups = $all('#staff-rows > .row').map(function (row) {
      return readFields(row, STAFF_FIELDS, clone(row._extra));
    });
    p.external_parties = readFields($('#ext-fields'), EXT_FIELDS, isObject(p.external_parties) ? p.external_parties : {});
    p.implemented_measures = $all('#implemented-list input:checked').map(function (cb) { return cb.value; });
    return p;
  }

  // ---------------------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------------------
  function clearErrors() {
    $all('.field-error').forEach(function (p) {
      var owner = document.getElementById(p.dataset.owner);
      if (owner) {
        var ids = (owner.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) { return x && x !== p.id; });
        if (ids.length) owner.setAttribute('aria-describedby', ids.join(' ')); else owner.removeAttribute('aria-describedby');
      }
      p.remove();
    });
    $all('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    $all('.has-error').forEach(function (el) { el.classList.remove('has-error'); });
    var top = $('#top-errors');
    top.hidden = true;
    top.replaceChildren();
  }

  // The form element that shows a pointer: the field itself, or the nearest enclosing one
  // (/ai_systems/0/used_by/2 is shown at the "used by" group, /ai_systems/3 at the row).
  function targetFor(pointer) {
    var p = typeof pointer === 'string' ? pointer : '';
    while (p !== '') {
      var el = $('#profile-form [data-pointer="' + (window.CSS && CSS.escape ? CSS.escape(p) : p) + '"]');
      if (el) return el;
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return null;
  }

  function fieldName(target) {
    var own;
    if (target.tagName === 'FIELDSET') {
      var lg = target.querySelector('legend');
      own = lg ? (lg.querySelector('[data-i18n]') || lg).textContent : '';
    } else {
      var lab = target.id ? $('label[for="' + target.id + '"]') : null;
      own = lab ? (lab.querySelector('[data-i18n]') || lab).textContent : target.dataset.pointer;
    }
    var row = target.closest('.row');
    if (row && row !== target) own = t(row.dataset.kind + '.legend', { n: row.dataset.n }) + ' › ' + own;
    return own.trim();
  }

  function focusTarget(target) {
    var focusable = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea, button');
    var details = target.closest('details');
    if (details) details.open = true;
    target.scrollIntoView({ block: 'center' });
    if (focusable) focusable.focus({ preventScroll: true });
  }

  function showFieldError(target, detail) {
    var id = 'err-' + nextUid();
    var msg = h('p', { class: 'field-error', id: id, dataset: { errorFor: target.dataset.pointer, detailPointer: detail.pointer || '' } }, [
      h('span', { class: 'visually-hidden', text: state.lang === 'nl' ? 'Fout: ' : 'Error: ' }),
      String(detail.message || '')]);
    var owner = target;
    if (target.tagName === 'FIELDSET') {
      var legend = target.querySelector(':scope > legend');
      var after = legend && legend.nextSibling;
      // in a row, put it below the row's head (the remove button)
      if (target.classList.contains('row')) after = target.querySelector(':scope > .grid');
      target.insertBefore(msg, after || target.firstChild);
      target.classList.add('has-error');
    } else {
      var wrap = target.closest('.field') || target.parentNode;
      wrap.hidden = false; // a conditional field (high_risk_basis) is shown when it has an error
      wrap.appendChild(msg);
      wrap.classList.add('has-error');
      target.setAttribute('aria-invalid', 'true');
    }
    if (!owner.id) owner.id = 'el-' + nextUid();
    msg.dataset.owner = owner.id;
    var described = (owner.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    described.push(id);
    owner.setAttribute('aria-describedby', described.join(' '));
  }

  function showValidation(details) {
    var top = $('#top-errors');
    var list = h('ul', { class: 'error-list' });
    details.forEach(function (d) {
      var target = targetFor(d.pointer);
      if (target) {
        showFieldError(target, d);
        var link = h('a', { href: '#' + (target.id || ''), text: fieldName(target) });
        link.addEventListener('click', function (ev) { ev.preventDefault(); focusTarget(target); });
        list.appendChild(h('li', null, [link, ': ' + String(d.message || '')]));
      } else {
        list.appendChild(h('li', null, [
          h('code', { text: d.pointer ? d.pointer : '/' }), ' (' + t('err.notonform') + '): ' + String(d.message || '')]));
      }
    });
    top.replaceChildren(h('h2', { text: t('err.summary.title') }), h('p', { text: t('err.summary.text') }), list);
    top.hidden = false;
    top.focus();
    top.scrollIntoView({ block: 'start' });
  }

  function showTopError(title, body) {
    var top = $('#top-errors');
    var children = [h('h2', { text: title })];
    if (body && body.error) children.push(h('p', { text: String(body.error) }));
    if (body && Array.isArray(body.details) && body.details.length) {
      children.push(h('ul', { class: 'error-list' }, body.details.map(function (d) {
        return h('li', null, [d.pointer ? h('code', { text: d.pointer }) : null, d.pointer ? ': ' : null, String(d.message || '')]);
      })));
    }
    top.replaceChildren.apply(top, children);
    top.hidden = false;
    top.focus();
    top.scrollIntoView({ block: 'start' });
  }

  function parseJSON(text) { try { return JSON.parse(text); } catch (e) { return null; } }

  function showServiceError(res) {
    var body = parseJSON(res.text);
    if (res.status === 422 && body && Array.isArray(body.details) && body.details.length) {
      showValidation(body.details);
      return;
    }
    var title;
    if (res.status === 400) title = t('err.400');
    else if (res.status === 413) title = t('err.413');
    else if (res.status === 415) title = t('err.415');
    else if (res.status >= 500) title = t('err.5xx', { status: res.status });
    else if (res.status === 422) title = t('err.summary.title');
    else title = t('err.other', { status: res.status });
    showTopError(title, body);
  }

  // ---------------------------------------------------------------------------------------
  // Talking to the service
  // ---------------------------------------------------------------------------------------
  function postPlan(profile, lang, format) {
    var url = '/v1/recommendations?lang=' + encodeURIComponent(lang) + (format ? '&format=' + encodeURIComponent(format) : '');
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: format === 'markdown' ? 'text/markdown' : 'application/json' },
      body: JSON.stringify(profile)
    }).then(function (r) {
      return r.text().then(function (text) { return { status: r.status, ok: r.ok, text: text }; });
    });
  }

  function setBusy(on, msgKey) {
    var btn = $('#submit');
    btn.disabled = on;
    btn.setAttribute('aria-busy', on ? 'true' : 'false');
    $('#plan').setAttribute('aria-busy', on ? 'true' : 'false');
    document.body.classList.toggle('is-busy', on);
    $('#busy').textContent = on ? t(msgKey || 'busy') : '';
  }

  // Requests the plan for profile; on success shows it, else shows the errors.
  function requestPlan(profile, opts) {
    var seq = ++state.seq;
    var lang = state.lang;
    clearErrors();
    setBusy(true);
    $('#plan').dataset.state = 'loading';
    return postPlan(profile, lang).then(function (res) {
      if (seq !== state.seq) return;
      setBusy(false);
      if (!res.ok) {
        state.last = null;
        $('#plan').hidden = true;
        $('#plan').dataset.state = 'error';
        showServiceError(res);
        return;
      }
      var rec = parseJSON(res.text);
      if (!isObject(rec)) {
        $('#plan').dataset.state = 'error';
        showTopError(t('err.badresponse'));
        return;
      }
      state.last = { profile: profile, text: res.text, rec: rec, lang: lang };
      renderPlan();
      var plan = $('#plan');
      plan.hidden = false;
      plan.dataset.state = 'ready';
      $('#busy').textContent = t('busy.done');
      if (!opts || !opts.keepScroll) {
        plan.focus({ preventScroll: true });
        plan.scrollIntoView({ block: 'start' });
      }
    }, function () {
      if (seq !== state.seq) return;
      setBusy(false);
      $('#plan').dataset.state = 'error';
      showTopError(t('err.network'));
    });
  }

  function download(filename, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = h('a', { href: url, download: filename, class: 'visually-hidden' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 2000);
  }
  function fileBase(prefix, profile) {
    var name = profile && isObject(profile.organisation) ? profile.organisation.name : '';
    return prefix + '-' + slug(name, 'ailit').replace(/_/g, '-');
  }

  // ---------------------------------------------------------------------------------------
  // The plan
  // ---------------------------------------------------------------------------------------
  function renderPlan() {
    var last = state.last;
    var rec = last.rec;
    var profile = last.profile;
    var plan = $('#plan');
    plan.dataset.lang = rec.lang || last.lang;
    var body = $('#plan-body');
    body.replaceChildren();

    var groupNames = {};
    (Array.isArray(profile.staff_groups) ? profile.staff_groups : []).forEach(function (g) {
      if (isObject(g) && g.id !== undefined) groupNames[g.id] = g.name || g.id;
    });
    var systemNames = {};
    (Array.isArray(profile.ai_systems) ? profile.ai_systems : []).forEach(function (s) {
      if (isObject(s) && s.id !== undefined) systemNames[s.id] = s.name || s.id;
    });
    var measures = Array.isArray(rec.measures) ? rec.measures : [];
    var byId = {};
    measures.forEach(function (m) { byId[m.id] = m; });
    var org = isObject(rec.organisation) ? rec.organisation : {};
    var scores = isObject(rec.scores) ? rec.scores : {};

    // header
    var meta = h('dl', { class: 'plan-meta' });
    function metaItem(k, v) { if (v !== undefined && v !== null && v !== '') meta.appendChild(h('div', null, [h('dt', { text: t(k) }), h('dd', { text: String(v) })])); }
    metaItem('plan.meta.sector', org.sector);
    metaItem('plan.meta.employees', org.employees !== undefined ? formatNumber(org.employees) : '');
    metaItem('plan.meta.size', org.size_class ? t('size.' + org.size_class) : '');
    metaItem('plan.meta.date', new Date().toLocaleDateString(state.lang === 'nl' ? 'nl-NL' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' }));
    metaItem('plan.meta.decision', rec.decision_id);
    body.appendChild(h('header', { class: 'plan-header' }, [
      h('p', { class: 'plan-kicker', text: t('plan.title') }),
      h('h2', { id: 'plan-title', text: String(org.name || '') || t('plan.title') }),
      h('p', { class: 'plan-subtitle', text: t('plan.subtitle') }),
      meta]));

    // warnings
    var warnings = Array.isArray(rec.warnings) ? rec.warnings : [];
    if (warnings.length) {
      body.appendChild(h('section', { class: 'notice', 'aria-labelledby': 'plan-warnings' }, [
        h('h3', { id: 'plan-warnings', text: t('plan.warnings') }),
        h('ul', null, warnings.map(function (w) {
          var target = targetFor(w.pointer);
          return h('li', { class: 'warning', dataset: { warningPointer: String(w.pointer || '') } }, [
            target ? h('strong', { text: fieldName(target) + ': ' }) : (w.pointer ? h('code', { text: w.pointer + ': ' }) : null),
            String(w.message || '')]);
        }))]));
    }

    // summary
    var planned = measures.filter(function (m) { return m.status !== 'in_place'; });
    var inPlace = measures.filter(function (m) { return m.status === 'in_place'; });
    var perYear = {};
    planned.forEach(function (m) { perYear[m.year] = (perYear[m.year] || 0) + 1; });
    var years = Object.keys(perYear).sort().map(function (y) { return t('plan.count.year', { n: perYear[y], y: y }); });
    var level = scores.level;
    var cards = h('div', { class: 'score-cards' }, [
      h('div', { class: 'score-card score-main level-' + (level || 'none') }, [
        h('p', { class: 'score-label', text: t('score.overall') }),
        h('p', { class: 'score-value' }, [h('span', { class: 'score-number', text: String(scores.overall !== undefined ? scores.overall : '–') }), h('span', { class: 'score-of', text: ' ' + t('score.of') })]),
        h('p', { class: 'score-level' }, [t('score.level') + ': ', h('strong', { text: level ? t('level.' + level) : '–' })])]),
      scoreCard('score.sector_risk', scores.sector_risk),
      scoreCard('score.nature', scores.nature),
      scoreCard('score.severity', scores.severity)]);
    var summary = h('section', { class: 'plan-section', 'aria-labelledby': 'plan-summary' }, [
      h('h3', { id: 'plan-summary', text: t('plan.summary') }),
      cards,
      h('p', { class: 'plan-count', text: t('plan.count', { n: planned.length, years: years.join(', ') }) + (inPlace.length ? ' ' + t('plan.count.inplace', { n: inPlace.length }) : '') })]);
    var tables = h('div', { class: 'score-tables' });
    if (Array.isArray(scores.systems) && scores.systems.length) {
      tables.appendChild(table('score.systems', ['col.system', 'col.risk', 'col.level'], scores.systems.map(function (s) {
        return [systemNames[s.id] || s.id, s.risk, h('span', { class: 'pill level-' + s.level, text: t('level.' + s.level) })];
      }), [false, true, false]));
    }
    if (Array.isArray(scores.groups) && scores.groups.length) {
      tables.appendChild(table('score.groups', ['col.group', 'col.required', 'col.current', 'col.gap'], scores.groups.map(function (g) {
        return [groupNames[g.id] || g.id, g.required_level_name || g.required_level, g.current_level_name || g.current_level,
          h('span', { class: 'gap gap-' + Math.min(g.gap || 0, 3), text: String(g.gap) })];
      }), [false, false, false, true]));
    }
    if (tables.childNodes.length) summary.appendChild(tables);
    body.appendChild(summary);

    // preconditions
    var pre = Array.isArray(rec.preconditions) ? rec.preconditions : [];
    body.appendChild(h('section', { class: 'plan-section', 'aria-labelledby': 'plan-pre' }, [
      h('h3', { id: 'plan-pre', text: t('plan.preconditions') }),
      h('p', { class: 'section-intro', text: t('plan.preconditions.intro') }),
      h('ul', { class: 'preconditions' }, pre.map(function (p) {
        var m = p.measure && byId[p.measure];
        return h('li', { class: 'precondition status-' + p.status, dataset: { precondition: p.id } }, [
          h('span', { class: 'status-badge status-' + p.status, text: t('status.' + p.status) }),
          h('span', { class: 'precondition-title', text: String(p.title || p.id) }),
          m && p.status !== 'in_place' ? h('a', { class: 'precondition-measure', href: '#m-' + cssId(m.id), text: t('plan.precondition.measure', { title: m.title }) }) : null]);
      }))]));

    // measures by year and step
    var yearsSection = h('section', { class: 'plan-section', 'aria-labelledby': 'plan-years' }, [
      h('h3', { id: 'plan-years', text: t('plan.years') }),
      h('p', { class: 'section-intro', text: t('plan.years.intro') })]);
    (Array.isArray(rec.plan) ? rec.plan : []).forEach(function (y) {
      var ysec = h('section', { class: 'year', dataset: { year: String(y.year) }, 'aria-labelledby': 'year-' + y.year }, [
        h('h4', { class: 'year-title', id: 'year-' + y.year, text: t('plan.year', { n: y.year }) })]);
      var steps = Array.isArray(y.steps) ? y.steps : [];
      steps.forEach(function (s) {
        var sid = 'year-' + y.year + '-' + s.step;
        var ssec = h('section', { class: 'step step-' + s.step, dataset: { step: s.step }, 'aria-labelledby': sid }, [
          h('h5', { class: 'step-title', id: sid }, [
            h('span', { class: 'step-no', 'aria-hidden': 'true', text: String(STEPS.indexOf(s.step) + 1) }),
            h('span', { text: t('step.' + s.step) })]),
          h('p', { class: 'step-hint', text: t('step.' + s.step + '.hint') })]);
        var items = Array.isArray(s.measures) ? s.measures : [];
        var fresh = items.filter(function (e) { return !e.recurring; });
        var again = items.filter(function (e) { return e.recurring; });
        if (!fresh.length && !again.length) ssec.appendChild(h('p', { class: 'muted step-empty', text: t('plan.step.empty') }));
        fresh.forEach(function (e) { ssec.appendChild(measureCard(byId[e.id] || e, groupNames, systemNames)); });
        if (again.length) {
          ssec.appendChild(h('ul', { class: 'recurring-list' }, again.map(function (e) {
            var m = byId[e.id] || e;
            return h('li', { class: 'recurring', dataset: { measureId: e.id } }, [
              h('span', { class: 'recurring-mark', 'aria-hidden': 'true', text: '↻' }),
              h('a', { href: '#m-' + cssId(e.id), class: 'measure-title-ref', text: String(m.title || e.title || e.id) }),
              h('span', { class: 'muted', text: ' — ' + t('plan.recurring.from', { n: m.year || '?' }) })]);
          })));
        }
        ysec.appendChild(ssec);
      });
      yearsSection.appendChild(ysec);
    });
    body.appendChild(yearsSection);

    if (inPlace.length) {
      body.appendChild(h('section', { class: 'plan-section', 'aria-labelledby': 'plan-inplace' }, [
        h('h3', { id: 'plan-inplace', text: t('plan.inplace') }),
        h('ul', { class: 'inplace-list' }, inPlace.map(function (m) {
          return h('li', { dataset: { measureId: m.id } }, [h('span', { class: 'status-badge status-in_place', text: t('status.in_place') }), ' ', String(m.title || m.id)]);
        }))]));
    }

    // legal basis and provenance
    var legal = isObject(rec.legal_basis) ? rec.legal_basis : null;
    var engine = isObject(rec.engine) ? rec.engine : {};
    var packs = (Array.isArray(engine.rule_packs) ? engine.rule_packs : []).map(function (p) { return p.id + ' ' + p.version; }).join(', ');
    var legalSec = h('section', { class: 'plan-section legal', 'aria-labelledby': 'plan-legal' }, [h('h3', { id: 'plan-legal', text: t('plan.legal') })]);
    if (legal) {
      legalSec.appendChild(h('p', null, [h('strong', { text: String(legal.act || '') }), legal.articles ? ': ' + legal.articles : '']));
      if (legal.note) legalSec.appendChild(h('p', { class: 'small', text: String(legal.note) }));
    }
    if (engine.version) legalSec.appendChild(h('p', { class: 'small muted', text: t('plan.engine', { version: engine.version, packs: packs }) }));
    body.appendChild(legalSec);
  }

  function cssId(id) { return String(id).replace(/[^A-Za-z0-9_-]/g, '_'); }

  function scoreCard(key, value) {
    var v = typeof value === 'number' ? value : null;
    var bar = h('span', { class: 'meter-bar' });
    bar.style.width = (v === null ? 0 : Math.max(0, Math.min(100, v))) + '%';
    return h('div', { class: 'score-card' }, [
      h('p', { class: 'score-label', text: t(key) }),
      h('p', { class: 'score-value' }, [h('span', { class: 'score-number', text: v === null ? '–' : String(v) }), h('span', { class: 'score-of', text: ' ' + t('score.of') })]),
      h('span', { class: 'meter', 'aria-hidden': 'true' }, [bar])]);
  }

  function table(titleKey, cols, rows, numeric) {
    return h('div', { class: 'table-wrap' }, [
      h('table', null, [
        h('caption', { text: t(titleKey) }),
        h('thead', null, [h('tr', null, cols.map(function (c, i) { return h('th', { scope: 'col', class: numeric[i] ? 'num' : null, text: t(c) }); }))]),
        h('tbody', null, rows.map(function (r) {
          return h('tr', null, r.map(function (cell, i) {
            return h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: numeric[i] ? 'num' : null }, [
              cell instanceof Node ? cell : String(cell === undefined || cell === null ? '' : cell)]);
          }));
        }))])]);
  }

  function priorityBand(p) { return p >= 80 ? 'high' : p >= 60 ? 'medium' : 'low'; }

  function measureCard(m, groupNames, systemNames) {
    var prio = typeof m.priority === 'number' ? m.priority : 0;
    var badges = h('p', { class: 'badges' }, [
      h('span', { class: 'badge prio prio-' + priorityBand(prio), text: t('m.priority', { n: prio }) }),
      m.effort ? h('span', { class: 'badge effort', text: t('m.effort', { v: t('effort.' + m.effort) }) }) : null,
      m.recurs ? h('span', { class: 'badge recurs', text: '↻ ' + t('plan.recurring') }) : null]);
    var card = h('article', { class: 'measure prio-' + priorityBand(prio), id: 'm-' + cssId(m.id), dataset: { measureId: m.id }, 'aria-labelledby': 'mt-' + cssId(m.id) }, [
      h('h6', { class: 'measure-title', id: 'mt-' + cssId(m.id), text: String(m.title || m.id) }),
      badges]);
    if (m.description) card.appendChild(h('p', { class: 'measure-desc', text: String(m.description) }));

    var dl = h('dl', { class: 'measure-meta' });
    var targets = Array.isArray(m.targets) ? m.targets : [];
    if (targets.length) {
      dl.appendChild(h('div', null, [h('dt', { text: t('m.targets') }), h('dd', null, [chips(targets.map(function (g) {
        if (g === 'customers' || g === 'service_providers') return t('target.' + g);
        return groupNames[g] || g;
      }))])]));
    }
    var systems = Array.isArray(m.systems) ? m.systems : [];
    if (systems.length) {
      dl.appendChild(h('div', null, [h('dt', { text: t('m.systems') }), h('dd', null, [chips(systems.map(function (s) { return systemNames[s] || s; }))])]));
    }
    if (dl.childNodes.length) card.appendChild(dl);
    if (m.how) card.appendChild(h('p', { class: 'measure-how' }, [h('strong', { text: t('m.how') + ': ' }), String(m.how)]));

    var because = Array.isArray(m.because) ? m.because : [];
    if (because.length) {
      var why = h('div', { class: 'why' }, [h('p', { class: 'why-title', text: t('m.why') })]);
      var ul = h('ul', { class: 'because' });
      because.forEach(function (b) {
        var li = h('li', { class: 'because-item', dataset: { rule: String(b.rule || '') } });
        li.appendChild(h('span', { class: 'because-desc', text: String(b.description || b.rule || '') }));
        if (b.system !== undefined) li.appendChild(h('span', { class: 'because-about', text: ' ' + t('m.about.system', { name: systemNames[b.system] || b.system }) }));
        if (b.group !== undefined) li.appendChild(h('span', { class: 'because-about', text: ' ' + t('m.about.group', { name: groupNames[b.group] || b.group }) }));
        var facts = isObject(b.facts) ? Object.keys(b.facts) : [];
        if (facts.length) {
          li.appendChild(h('span', { class: 'facts', 'aria-label': t('m.facts') }, facts.map(function (f) {
            var v = b.facts[f];
            var shown = typeof v === 'string' ? v : Array.isArray(v) ? '[' + v.map(String).join(', ') + ']' : JSON.stringify(v);
            return h('code', { class: 'fact', text: f + ' = ' + shown });
          })));
        }
        ul.appendChild(li);
      });
      why.appendChild(ul);
      card.appendChild(why);
    }
    var sources = Array.isArray(m.sources) ? m.sources : [];
    if (sources.length) {
      card.appendChild(h('details', { class: 'sources' }, [
        h('summary', { text: t('m.sources', { n: sources.length }) }),
        h('ol', null, sources.map(function (s) { return h('li', { text: typeof s === 'string' ? s : String(s && (s.text || s.id) || '') }); }))]));
    }
    return card;
  }

  function chips(items) {
    return h('span', { class: 'chips' }, items.map(function (x) { return h('span', { class: 'chip', text: String(x) }); }));
  }

  // ---------------------------------------------------------------------------------------
  // Language
  // ---------------------------------------------------------------------------------------
  function applyTexts() {
    document.documentElement.lang = state.lang;
    document.title = t('doc.title');
    $all('[data-i18n]').forEach(function (el) { el.textContent = t(el.dataset.i18n); });
    $all('select[data-labels]').forEach(function (sel) {
      $all('option', sel).forEach(function (o) { o.textContent = label(sel.dataset.labels, o.value); });
    });
    $all('label[data-enum-label]').forEach(function (l) { l.textContent = label(l.dataset.enumLabel, l.dataset.value); });
    $all('.row').forEach(labelRow);
    refreshUsedBy();
  }

  function setLang(lang) {
    if (!TEXT[lang] || lang === state.lang) return;
    state.lang = lang;
    applyTexts();
    loadCatalogue();
    if (state.last) requestPlan(state.last.profile, { keepScroll: true });
  }

  // ---------------------------------------------------------------------------------------
  // Events
  // ---------------------------------------------------------------------------------------
  function onFormInput(ev) {
    var el = ev.target;
    var row = el.closest('.row');
    if (row && el.dataset.field === 'name') {
      var idEl = control(row, 'id');
      if (idEl.dataset.auto === '1') {
        idEl.value = el.value.trim() ? uniqueId(row.dataset.kind, row, slug(el.value, KINDS[row.dataset.kind].fallback)) : '';
      }
      labelRow(row);
    }
    if (row && el.dataset.field === 'id') el.dataset.auto = el.value.trim() === '' ? '1' : '0';
    if (row && el.dataset.field === 'risk_class') applyConditions(row);
    if (row && row.dataset.kind === 'staff' && (el.dataset.field === 'name' || el.dataset.field === 'id')) refreshUsedBy();
    // an edited field loses its error mark
    var wrap = el.closest('.field, .field-group');
    if (wrap && wrap.classList.contains('has-error')) {
      $all('.field-error', wrap).forEach(function (p) { p.classList.add('is-stale'); });
      wrap.classList.remove('has-error');
      el.removeAttribute('aria-invalid');
    }
  }

  function onUpload(ev) {
    var input = ev.target;
    var file = input.files && input.files[0];
    var status = $('#upload-status');
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var text = String(reader.result || '').replace(/^\uFEFF/, '');
      var data;
      try { data = JSON.parse(text); } catch (e) {
        status.textContent = t('upload.bad', { file: file.name, msg: e.message });
        status.className = 'hint upload-error';
        return;
      }
      if (!isObject(data)) {
        status.textContent = t('upload.notobject', { file: file.name });
        status.className = 'hint upload-error';
        return;
      }
      clearErrors();
      fillForm(data);
      status.textContent = t('upload.ok', { file: file.name });
      status.className = 'hint upload-ok';
      input.value = '';
    };
    reader.onerror = function () {
      status.textContent = t('upload.readfail', { file: file.name });
      status.className = 'hint upload-error';
    };
    reader.readAsText(file);
  }

  var printOpened = [];
  function beforePrint() {
    printOpened = $all('#plan details:not([open])');
    printOpened.forEach(function (d) { d.open = true; });
  }
  function afterPrint() {
    printOpened.forEach(function (d) { d.open = false; });
    printOpened = [];
  }

  function bind() {
    var form = $('#profile-form');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      requestPlan(collectProfile());
    });
    form.addEventListener('input', onFormInput);
    form.addEventListener('change', function (ev) {
      if (ev.target.dataset.field === 'sector') renderImplemented();
      onFormInput(ev);
    });
    form.addEventListener('click', function (ev) {
      var btn = ev.target.closest('.remove-row');
      if (btn) removeRow(btn.closest('.row'));
    });
    $('#add-system').addEventListener('click', function () { addRow('sys', {}, { focus: true }); });
    $('#add-staff').addEventListener('click', function () { addRow('staff', {}, { focus: true }); });
    $('#upload').addEventListener('change', onUpload);
    $('#save-profile').addEventListener('click', function () {
      var p = collectProfile();
      download(fileBase('ailit-profile', p) + '.json', 'application/json', JSON.stringify(p, null, 2) + '\n');
    });
    $('#reset-form').addEventListener('click', function () {
      if (!window.confirm(t('form.reset.confirm'))) return;
      clearErrors();
      resetForm();
      $('#upload-status').textContent = t('form.reset.done');
    });
    $all('input[name="lang"]').forEach(function (r) {
      r.addEventListener('change', function () { if (r.checked) setLang(r.value); });
    });
    $('#download-json').addEventListener('click', function () {
      if (!state.last) return;
      download(fileBase('ailit-plan', state.last.profile) + '-' + state.last.lang + '.json', 'application/json', state.last.text);
    });
    $('#download-md').addEventListener('click', function () {
      if (!state.last) return;
      var last = state.last;
      var btn = $('#download-md');
      btn.disabled = true;
      $('#busy').textContent = t('busy.md');
      postPlan(last.profile, last.lang, 'markdown').then(function (res) {
        btn.disabled = false;
        $('#busy').textContent = '';
        if (!res.ok) { showServiceError(res); return; }
        download(fileBase('ailit-plan', last.profile) + '-' + last.lang + '.md', 'text/markdown', res.text);
      }, function () {
        btn.disabled = false;
        $('#busy').textContent = '';
        showTopError(t('err.network'));
      });
    });
    $('#print').addEventListener('click', function () { window.print(); });
    $('#back-to-form').addEventListener('click', function () {
      var first = $('#profile-form input[data-field], #profile-form select[data-field]');
      $('#profile-form').scrollIntoView({ block: 'start' });
      if (first) first.focus({ preventScroll: true });
    });
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }

  function init() {
    document.body.appendChild(h('div', { id: 'announce', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }));
    var checked = $('input[name="lang"]:checked');
    state.lang = checked && TEXT[checked.value] ? checked.value : 'nl';
    bind();
    applyTexts();
    Promise.all([
      getJSON('/v1/schema/profile').then(function (s) { return s; }, function () { return null; }),
      getJSON('/v1/plugins').then(function (p) { return Array.isArray(p.plugins) ? p.plugins : null; }, function () { return null; })
    ]).then(function (res) {
      state.schema = res[0];
      state.plugins = res[1];
      buildFields($('#org-fields'), ORG_FIELDS, { prefix: 'org', path: ['organisation'], pointer: '/organisation', uid: 'org' });
      buildFields($('#gov-fields'), GOV_FIELDS, { prefix: 'gov', path: ['governance'], pointer: '/governance', uid: 'gov' });
      buildFields($('#ext-fields'), EXT_FIELDS, { prefix: 'ext', path: ['external_parties'], pointer: '/external_parties', uid: 'ext' });
      fillDatalist();
      resetForm();
      applyTexts();
      if (!state.schema) {
        var note = h('p', { class: 'banner banner-warning', i18n: 'err.schema' });
        $('#profile-form').insertBefore(note, $('#profile-form').firstChild);
      }
      document.documentElement.dataset.ready = '1';
      return loadCatalogue();
    });
  }

  // Sector suggestions: the sectors the loaded plugins serve, then the schema's examples.
  function fillDatalist() {
    var seen = {};
    var values = [];
    (state.plugins || []).forEach(function (p) {
      if (p.status && p.status !== 'loaded') return;
      (p.sectors || []).forEach(function (s) { if (!seen[s]) { seen[s] = true; values.push(s); } });
    });
    var node = schemaAt(['organisation', 'sector']);
    ((node && node.examples) || ['municipality', 'hospital', 'education', 'consultancy']).forEach(function (s) {
      if (!seen[s]) { seen[s] = true; values.push(s); }
    });
    var dl = h('datalist', { id: 'sector-list' }, values.map(function (v) { return h('option', { value: v }); }));
    document.body.appendChild(dl);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
