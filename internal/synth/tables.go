package synth

// The fixed tables the generator draws names from. Every text here is safe
// text for the library (NFC, single inner spaces, one script per word), and
// every base name has its own lookup key, distinct from that of every other
// base: the generator appends a number to each base, so that the keys of the
// names it writes are distinct too (see org names in synth.go). The tests
// check both.

// Languages, as canonical BCP 47 tags.
const (
	en = iota
	fr
	it
	de
	pl
	ru
	el
	ar
	zh
	es
	pt
	numLangs
)

var langTags = [numLangs]string{"en", "fr", "it", "de", "pl", "ru", "el", "ar", "zh", "es", "pt"}

// A jurisdiction is an ISO 3166-1 alpha-2 code in use today (or "EU" or
// "001") and the language its agencies' names are written in.
type jurisdiction struct {
	code string
	lang int
}

// jurisdictions holds the EU member states and some thirty-five other
// countries and territories.
var jurisdictions = []jurisdiction{
	// The 27 member states of the European Union.
	{"AT", de}, {"BE", fr}, {"BG", en}, {"HR", en}, {"CY", el}, {"CZ", en}, {"DK", en},
	{"EE", en}, {"FI", en}, {"FR", fr}, {"DE", de}, {"GR", el}, {"HU", en}, {"IE", en},
	{"IT", it}, {"LV", en}, {"LT", en}, {"LU", fr}, {"MT", en}, {"NL", en}, {"PL", pl},
	{"PT", pt}, {"RO", en}, {"SK", en}, {"SI", en}, {"ES", es}, {"SE", en},
	// Others.
	{"GB", en}, {"US", en}, {"CA", en}, {"AU", en}, {"NZ", en}, {"CH", de}, {"NO", en},
	{"IS", en}, {"RU", ru}, {"UA", en}, {"BY", ru}, {"KZ", ru}, {"AE", ar}, {"SA", ar},
	{"QA", ar}, {"EG", ar}, {"JO", ar}, {"MA", ar}, {"TN", ar}, {"CN", zh}, {"HK", zh},
	{"TW", zh}, {"SG", zh}, {"JP", en}, {"KR", en}, {"PH", en}, {"TH", en}, {"ID", en},
	{"MY", en}, {"IN", en}, {"ZA", en}, {"NG", en}, {"KE", en}, {"BR", pt}, {"AR", es},
	{"MX", es}, {"CO", es}, {"CL", es}, {"TR", en}, {"IL", en},
}

// A template is an organization's names before numbering: its official
// name in its language, optionally an English name and a short name, and
// the prefix of its acronym.
type template struct {
	lang  int
	name  string
	en    string // English official name or alias, or ""
	short string // short name in lang, or ""
	acro  string // acronym prefix, ASCII capitals
	cat   uint8  // partner category (catIndustry...), 0 for an agency
}

// agencies holds the national agencies' templates by language.
var agencies = [numLangs][]template{
	en: {
		{lang: en, name: "National Crime Agency", acro: "NCA"},
		{lang: en, name: "Federal Police", acro: "FP"},
		{lang: en, name: "Child Exploitation Investigations Unit", acro: "CEIU"},
		{lang: en, name: "Cyber Crime Centre", acro: "CCC"},
		{lang: en, name: "National Police Service", acro: "NPS"},
		{lang: en, name: "Criminal Investigation Department", acro: "CID"},
		{lang: en, name: "Internet Crimes Against Children Task Force", short: "ICAC Task Force", acro: "ICAC"},
		{lang: en, name: "Online Child Safety Directorate", acro: "OCSD"},
	},
	fr: {
		{lang: fr, name: "Police nationale", en: "National Police Corps", acro: "PN"},
		{lang: fr, name: "Gendarmerie nationale", en: "National Gendarmerie", short: "Gendarmerie", acro: "GN"},
		{lang: fr, name: "Office central de lutte contre la criminalité liée aux technologies de l'information et de la communication", acro: "OCLCTIC"},
		{lang: fr, name: "Direction centrale de la police judiciaire", en: "Central Directorate of the Judicial Police", acro: "DCPJ"},
		{lang: fr, name: "Brigade de protection des mineurs", short: "Brigade des mineurs", acro: "BPM"},
		{lang: fr, name: "Sûreté de l'État", acro: "SURE"},
	},
	it: {
		{lang: it, name: "Polizia di Stato", en: "State Police", acro: "PS"},
		{lang: it, name: "Arma dei Carabinieri", short: "Carabinieri", acro: "CC"},
		{lang: it, name: "Polizia Postale e delle Comunicazioni", en: "Postal and Communications Police", short: "Polizia Postale", acro: "PPC"},
		{lang: it, name: "Guardia di Finanza", acro: "GDF"},
		{lang: it, name: "Centro nazionale per il contrasto alla pedopornografia online", acro: "CNCPO"},
	},
	de: {
		{lang: de, name: "Bundeskriminalamt", en: "Federal Criminal Police Office", acro: "BKA"},
		{lang: de, name: "Bundespolizei", en: "Federal Police Service", acro: "BPOL"},
		{lang: de, name: "Landeskriminalamt", en: "State Criminal Police Office", acro: "LKA"},
		{lang: de, name: "Österreichisches Bundeskriminalamt", acro: "OEBKA"},
		{lang: de, name: "Kantonspolizei Zürich", short: "Kapo Zürich", acro: "KAPO"},
		{lang: de, name: "Zentralstelle für Kinderschutz im Internet", acro: "ZKI"},
	},
	pl: {
		{lang: pl, name: "Komenda Główna Policji", en: "National Police Headquarters", acro: "KGP"},
		{lang: pl, name: "Centralne Biuro Śledcze Policji", en: "Central Investigation Bureau", acro: "CBSP"},
		{lang: pl, name: "Łódzka Komenda Wojewódzka Policji", acro: "KWPL"},
		{lang: pl, name: "Biuro do Walki z Cyberprzestępczością", acro: "BWC"},
	},
	ru: {
		{lang: ru, name: "Министерство внутренних дел", en: "Ministry of Internal Affairs", short: "МВД", acro: "MVD"},
		{lang: ru, name: "Следственный комитет", en: "Investigative Committee", acro: "SKR"},
		{lang: ru, name: "Управление по борьбе с киберпреступностью", acro: "UBK"},
		{lang: ru, name: "Главное управление уголовного розыска", acro: "GUUR"},
	},
	el: {
		{lang: el, name: "Ελληνική Αστυνομία", en: "Hellenic Police", short: "ΕΛ.ΑΣ.", acro: "ELAS"},
		{lang: el, name: "Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος", en: "Cyber Crime Division", acro: "DDHE"},
		{lang: el, name: "Κυπριακή Αστυνομία", en: "Cyprus Police", acro: "KYPA"},
		{lang: el, name: "Υπηρεσία Ασφαλείας", acro: "YPAS"},
	},
	ar: {
		{lang: ar, name: "الشرطة الاتحادية", en: "Federal Police Force", acro: "AFED"},
		{lang: ar, name: "الإدارة العامة للتحريات والمباحث", en: "General Directorate of Criminal Investigation", acro: "GDCI"},
		{lang: ar, name: "مديرية الأمن العام", en: "Public Security Directorate", acro: "PSD"},
		{lang: ar, name: "شرطة أبوظبي", acro: "ADP"},
		{lang: ar, name: "وحدة مكافحة الجرائم الإلكترونية", en: "Electronic Crimes Unit", acro: "ECU"},
	},
	zh: {
		{lang: zh, name: "公安部", en: "Ministry of Public Security", acro: "MPS"},
		{lang: zh, name: "刑事侦查局", en: "Criminal Investigation Bureau", acro: "CIB"},
		{lang: zh, name: "网络安全保卫局", en: "Network Security Bureau", acro: "NSB"},
		{lang: zh, name: "香港警务处", en: "Hong Kong Police Force", short: "警务处", acro: "HKPF"},
	},
	es: {
		{lang: es, name: "Policía Nacional", en: "National Police Force", acro: "PNES"},
		{lang: es, name: "Guardia Civil", en: "Civil Guard", acro: "GC"},
		{lang: es, name: "Dirección de Investigación Criminal e Interpol", acro: "DIJIN"},
		{lang: es, name: "Unidad de Investigación Tecnológica", acro: "UIT"},
	},
	pt: {
		{lang: pt, name: "Polícia Federal", en: "Federal Police Department", acro: "DPF"},
		{lang: pt, name: "Polícia Judiciária", en: "Judicial Police", acro: "PJ"},
		{lang: pt, name: "Polícia Civil", acro: "PCIV"},
	},
}

// internationals holds the templates of international organizations: the
// first with the jurisdiction "001" (the world), the second with "EU".
var internationals = [2][]template{
	{
		{lang: en, name: "International Criminal Police Organization", short: "Interpol", acro: "ICPO"},
		{lang: fr, name: "Organisation internationale de police criminelle", en: "World Police Organization", acro: "OIPC"},
		{lang: ar, name: "المنظمة الدولية للشرطة الجنائية", acro: "MDSJ"},
	},
	{
		{lang: en, name: "European Union Agency for Law Enforcement Cooperation", short: "Europol", acro: "EULEC"},
		{lang: de, name: "Europäisches Polizeiamt", en: "European Police Office", acro: "EPA"},
		{lang: it, name: "Agenzia dell'Unione europea per la formazione delle autorità di contrasto", short: "Cepol", acro: "AUEF"},
		{lang: el, name: "Ευρωπαϊκή Υπηρεσία Αστυνομίας", acro: "EYA"},
	},
}

// Partner categories, as written in JSON.
const (
	catIndustry = iota + 1
	catNonGovernmental
	catAcademic
)

var categoryNames = [...]string{"", "industry", "nonGovernmental", "academic"}

// partners holds the partners' templates, of every category.
var partners = []template{
	{lang: en, name: "Globex Online Services", acro: "GOS", cat: catIndustry},
	{lang: en, name: "Northwind Networks", acro: "NWN", cat: catIndustry},
	{lang: fr, name: "Société européenne des réseaux", en: "European Networks Company", acro: "SER", cat: catIndustry},
	{lang: de, name: "Nordlicht Software AG", acro: "NLS", cat: catIndustry},
	{lang: it, name: "Telecomunicazioni Unite", acro: "TLU", cat: catIndustry},
	{lang: pl, name: "Łączność Polska", acro: "LPOL", cat: catIndustry},
	{lang: ru, name: "Сибирские сети", en: "Siberian Networks", acro: "SIBS", cat: catIndustry},
	{lang: el, name: "Αθηναϊκή Τεχνολογική", acro: "ATHT", cat: catIndustry},
	{lang: ar, name: "شركة الاتصالات المتحدة", en: "United Telecommunications Company", acro: "UTCO", cat: catIndustry},
	{lang: zh, name: "华信网络科技有限公司", acro: "HXNT", cat: catIndustry},
	{lang: en, name: "Child Online Safety Alliance", acro: "COSA", cat: catNonGovernmental},
	{lang: fr, name: "Fondation pour l'enfance", en: "Foundation for Childhood", acro: "FPE", cat: catNonGovernmental},
	{lang: de, name: "Kinderschutzbund", acro: "KSB", cat: catNonGovernmental},
	{lang: it, name: "Fondazione per l'infanzia", acro: "FPI", cat: catNonGovernmental},
	{lang: pl, name: "Fundacja Dzieci Niczyje", en: "Nobody's Children Foundation", acro: "FDN", cat: catNonGovernmental},
	{lang: ru, name: "Ассоциация защиты детей", acro: "AZD", cat: catNonGovernmental},
	{lang: el, name: "Ένωση για την Προστασία του Παιδιού", acro: "EPP", cat: catNonGovernmental},
	{lang: ar, name: "جمعية حماية الطفل", en: "Child Protection Society", acro: "CPS", cat: catNonGovernmental},
	{lang: zh, name: "儿童保护协会", acro: "CPAZ", cat: catNonGovernmental},
	{lang: es, name: "Fundación Infancia Segura", acro: "FIS", cat: catNonGovernmental},
	{lang: en, name: "Institute for Online Safety Research", acro: "IOSR", cat: catAcademic},
	{lang: fr, name: "Université Lumière", acro: "ULUM", cat: catAcademic},
	{lang: it, name: "Università di Bologna", acro: "UNIBO", cat: catAcademic},
	{lang: de, name: "Technische Universität Nordstadt", acro: "TUN", cat: catAcademic},
	{lang: pl, name: "Uniwersytet Łódzki", acro: "UNILOD", cat: catAcademic},
	{lang: ru, name: "Московский государственный университет", acro: "MGU", cat: catAcademic},
	{lang: el, name: "Εθνικό Μετσόβιο Πολυτεχνείο", en: "National Technical University of Athens", acro: "NTUA", cat: catAcademic},
	{lang: ar, name: "جامعة القاهرة", acro: "CAIRU", cat: catAcademic},
	{lang: zh, name: "北京大学", acro: "PKU", cat: catAcademic},
	{lang: pt, name: "Universidade de Coimbra", acro: "UCOIM", cat: catAcademic},
}

// weakAliases are names too generic to identify an organization; the
// library gives them no lookup key, so they may repeat.
var weakAliases = [numLangs]string{
	en: "the police", fr: "la police", it: "la polizia", de: "die Polizei", pl: "policja",
	ru: "полиция", el: "η αστυνομία", ar: "الشرطة", zh: "警察", es: "la policía", pt: "a polícia",
}

// people's names, by script.
var (
	latinGiven = []string{"Jean", "Marie", "Giulia", "Marco", "Hans", "Anna", "Łukasz", "Zofia",
		"José", "Inês", "James", "Sarah", "François", "Søren", "Małgorzata", "Chloé"}
	latinFamily = []string{"Dupont", "Lefèvre", "Rossi", "Bianchi", "Müller", "Schröder", "Nowak",
		"Wiśniewski", "Łukaszewicz", "García", "Gonçalves", "Smith", "O'Brien", "Kowalczyk", "Jørgensen"}
	otherPeople = []string{
		"Анна Петрова", "Иван Иванов", "Ольга Смирнова", "Дмитрий Кузнецов",
		"Γιώργος Παπαδόπουλος", "Μαρία Παπαδοπούλου", "Νίκος Κωνσταντίνου", "Ελένη Γεωργίου",
		"محمد العلي", "فاطمة الزهراء", "أحمد حسن", "ليلى منصور",
		"王伟", "李娜", "张磊", "刘洋",
	}
)

// Announcement languages and their texts.
var (
	annLangs   = [...]int{en, en, en, en, en, en, en, fr, it, ar}
	joinTitles = [numLangs][2]string{
		en: {"", " joins the Virtual Global Taskforce"},
		fr: {"", " rejoint la Virtual Global Taskforce"},
		it: {"", " entra nella Virtual Global Taskforce"},
		ar: {"", " تنضم إلى فرقة العمل العالمية الافتراضية"},
	}
	updateTitles = [numLangs]string{
		en: "Virtual Global Taskforce update",
		fr: "Nouvelles de la Virtual Global Taskforce",
		it: "Notizie dalla Virtual Global Taskforce",
		ar: "أخبار فرقة العمل العالمية الافتراضية",
	}
	publishers = [numLangs]string{
		en: "VGT Secretariat",
		fr: "Ministère de l'Intérieur",
		it: "Ministero dell'Interno",
		ar: "وزارة الداخلية",
	}
	quoteTexts = [numLangs]string{
		en: "Protecting children online is a shared responsibility.",
		fr: "La protection des enfants en ligne est une responsabilité partagée.",
		it: "La protezione dei minori online è una responsabilità condivisa.",
		ar: "حماية الأطفال على الإنترنت مسؤولية مشتركة.",
	}
	capacities = [numLangs]string{
		en: "Chair of the Virtual Global Taskforce",
		fr: "Président de la Virtual Global Taskforce",
		it: "Presidente della Virtual Global Taskforce",
		ar: "رئيس فرقة العمل العالمية الافتراضية",
	}
)
