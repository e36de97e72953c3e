package roster

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/virtualglobaltaskforce/vgt"
)

// The roster's words. Each key is the English message, and each entry
// gives it in the six languages of vgt.Languages, in that order: English,
// French, Italian, Spanish, German, Arabic. A message's %s arguments are
// names and dates, which Build isolates where their direction differs from
// the page's; dates stay in their EDTF form, so no message puts a
// preposition before a date that would need the date's precision ("le 2012"
// would be wrong in French): dates stand after "since" or in brackets.
const (
	msgRoster          = "Roster"
	msgHorizon         = "As recorded through %s."
	msgSnapshot        = "As it certainly stood on %s, as recorded through %s."
	msgColMember       = "Member agency"
	msgColJurisdiction = "Jurisdiction"
	msgColSince        = "Since"
	msgColMembership   = "Membership"
	msgColPartner      = "Partner"
	msgThrough         = "through %s"
	msgPossible        = "Possibly members"
	msgPossibleWhy     = "Their membership at that time is uncertain: its dates are not known closely enough."
	msgFormer          = "Former members"
	msgIndustry        = "Private sector"
	msgNonGovernmental = "Non-governmental organisations"
	msgAcademic        = "Academia"
	msgChair           = "Chair"
	msgHolderFor       = "%s, for %s"
	msgHolderSince     = "%s, since %s"
	msgNoChair         = "No chair is known for certain."
	msgPending         = "Pending votes"
	msgVotedIn         = "%s: voted in %s (%s); not yet joined."
	msgElected         = "%s: elected %s (%s); not yet in office."
	msgNotes           = "Notes"
	msgNoPending       = "No vote or election is pending."
	msgNoNotes         = "Nothing to note."
	msgNameUnit        = "%s, %s"
	msgListHeading     = "%s:"
	msgAsMember        = "as a member"
	msgAsPartner       = "as a partner"
	msgAsChair         = "as chair"
	msgPlanned         = "Planned: %s %s from %s (announced %s)."
	msgDisputed        = "Disputed: %s %s (announced %s)."
	msgUnconfirmed     = "Unconfirmed: %s %s (announced %s)."
	msgCountCheck      = "An announcement of %s counts %d (“%s”); the record holds %d then, and %d more possibly."
	msgSources         = "Drawn from %s."
	msgLanguages       = "Languages"
)

var translations = map[string][6]string{
	msgRoster:          {"", "Liste des membres", "Elenco dei membri", "Lista de miembros", "Mitgliederliste", "قائمة الأعضاء"},
	msgHorizon:         {"", "Selon les sources enregistrées jusqu’à %s.", "Secondo quanto registrato fino a %s.", "Según lo registrado hasta %s.", "Stand der Aufzeichnungen: %s.", "وفق ما سُجّل حتى %s."},
	msgSnapshot:        {"", "Tel qu’il était avec certitude au %s, selon les sources enregistrées jusqu’à %s.", "Come era con certezza al %s, secondo quanto registrato fino a %s.", "Tal como era con certeza el %s, según lo registrado hasta %s.", "Wie es am %s sicher bestand; Stand der Aufzeichnungen: %s.", "كما كان على وجه اليقين في %s، وفق ما سُجّل حتى %s."},
	msgColMember:       {"", "Service membre", "Agenzia membro", "Agencia miembro", "Mitgliedsbehörde", "الوكالة العضو"},
	msgColJurisdiction: {"", "Juridiction", "Giurisdizione", "Jurisdicción", "Zuständigkeit", "الولاية القضائية"},
	msgColSince:        {"", "Depuis", "Dal", "Desde", "Seit", "منذ"},
	msgColMembership:   {"", "Adhésion", "Adesione", "Adhesión", "Mitgliedschaft", "العضوية"},
	msgColPartner:      {"", "Partenaire", "Partner", "Socio", "Partner", "الشريك"},
	msgThrough:         {"", "par l’intermédiaire de %s", "tramite %s", "a través de %s", "vertreten durch %s", "عبر %s"},
	msgPossible:        {"", "Membres possibles", "Membri possibili", "Posibles miembros", "Mögliche Mitglieder", "أعضاء محتملون"},
	msgPossibleWhy:     {"", "Leur adhésion à cette date est incertaine : ses dates ne sont pas connues assez précisément.", "La loro adesione a quella data è incerta: le sue date non sono note con sufficiente precisione.", "Su adhesión en esa fecha es incierta: sus fechas no se conocen con suficiente precisión.", "Ihre Mitgliedschaft zu diesem Zeitpunkt ist unsicher: Ihre Daten sind nicht genau genug bekannt.", "عضويتهم في ذلك التاريخ غير مؤكدة: تواريخها غير معروفة بدقة كافية."},
	msgFormer:          {"", "Anciens membres", "Ex membri", "Antiguos miembros", "Ehemalige Mitglieder", "أعضاء سابقون"},
	msgIndustry:        {"", "Secteur privé", "Settore privato", "Sector privado", "Privatwirtschaft", "القطاع الخاص"},
	msgNonGovernmental: {"", "Organisations non gouvernementales", "Organizzazioni non governative", "Organizaciones no gubernamentales", "Nichtregierungsorganisationen", "المنظمات غير الحكومية"},
	msgAcademic:        {"", "Milieu universitaire", "Mondo accademico", "Ámbito académico", "Wissenschaft", "الأوساط الأكاديمية"},
	msgChair:           {"", "Présidence", "Presidenza", "Presidencia", "Vorsitz", "الرئاسة"},
	msgHolderFor:       {"", "%s, pour %s", "%s, per %s", "%s, por %s", "%s, für %s", "%s، عن %s"},
	msgHolderSince:     {"", "%s, depuis %s", "%s, dal %s", "%s, desde %s", "%s, seit %s", "%s، منذ %s"},
	msgNoChair:         {"", "Aucune présidence n’est connue avec certitude.", "Nessuna presidenza è nota con certezza.", "No se conoce con certeza la presidencia.", "Kein Vorsitz ist sicher bekannt.", "لا تُعرف الرئاسة على وجه اليقين."},
	msgPending:         {"", "Votes en attente", "Votazioni in sospeso", "Votaciones pendientes", "Ausstehende Beschlüsse", "قرارات معلّقة"},
	msgVotedIn:         {"", "%s : admis %s par un vote (%s) ; adhésion pas encore effective.", "%s: ammesso %s con un voto (%s); adesione non ancora effettiva.", "%s: admitido %s por votación (%s); adhesión aún no efectiva.", "%s: %s aufgenommen per Beschluss (%s); noch nicht beigetreten.", "%s: قُبل %s بالتصويت (%s)؛ لم ينضم بعد."},
	msgElected:         {"", "%s : élu %s (%s) ; pas encore en fonction.", "%s: eletto %s (%s); non ancora in carica.", "%s: elegido %s (%s); aún no en funciones.", "%s: %s gewählt (%s); noch nicht im Amt.", "%s: انتُخب %s (%s)؛ لم يتولَّ المنصب بعد."},
	msgNotes:           {"", "Remarques", "Note", "Notas", "Hinweise", "ملاحظات"},
	msgNoPending:       {"", "Aucun vote ni aucune élection en attente.", "Nessuna votazione o elezione in sospeso.", "No hay votaciones ni elecciones pendientes.", "Keine Abstimmung oder Wahl steht aus.", "لا توجد قرارات أو انتخابات معلّقة."},
	msgNoNotes:         {"", "Rien à signaler.", "Nulla da segnalare.", "Nada que señalar.", "Nichts anzumerken.", "لا شيء يُذكر."},
	msgNameUnit:        {"", "%s, %s", "%s, %s", "%s, %s", "%s, %s", "%s، %s"},
	msgListHeading:     {"", "%s :", "%s:", "%s:", "%s:", "%s:"},
	msgAsMember:        {"", "comme membre", "come membro", "como miembro", "als Mitglied", "عضوًا"},
	msgAsPartner:       {"", "comme partenaire", "come partner", "como socio", "als Partner", "شريكًا"},
	msgAsChair:         {"", "à la présidence", "alla presidenza", "para la presidencia", "für den Vorsitz", "للرئاسة"},
	msgPlanned:         {"", "Prévu : %s %s à partir de %s (annoncé %s).", "Previsto: %s %s a partire da %s (annunciato %s).", "Previsto: %s %s a partir de %s (anunciado %s).", "Geplant: %s %s ab %s (angekündigt %s).", "مُخطَّط: %s %s اعتبارًا من %s (أُعلن %s)."},
	msgDisputed:        {"", "Contesté : %s %s (annoncé %s).", "Contestato: %s %s (annunciato %s).", "Disputado: %s %s (anunciado %s).", "Umstritten: %s %s (angekündigt %s).", "متنازع عليه: %s %s (أُعلن %s)."},
	msgUnconfirmed:     {"", "Non confirmé : %s %s (annoncé %s).", "Non confermato: %s %s (annunciato %s).", "No confirmado: %s %s (anunciado %s).", "Unbestätigt: %s %s (angekündigt %s).", "غير مؤكد: %s %s (أُعلن %s)."},
	msgCountCheck:      {"", "Une annonce de %s compte %d (« %s ») ; le registre en compte alors %d, et %d de plus peut-être.", "Un comunicato del %s ne conta %d (“%s”); il registro ne conta allora %d, e forse altri %d.", "Un anuncio de %s cuenta %d («%s»); el registro cuenta entonces %d, y quizá %d más.", "Eine Mitteilung von %s zählt %d („%s“); die Aufzeichnungen zählen dann %d, und möglicherweise %d weitere.", "يذكر إعلان بتاريخ %s العدد %d («%s»)؛ ويضم السجل حينها %d، وربما %d آخرين."},
	msgSources:         {"", "D’après %s.", "Tratto da %s.", "Según %s.", "Nach %s.", "استنادًا إلى %s."},
	msgLanguages:       {"", "Langues", "Lingue", "Idiomas", "Sprachen", "اللغات"},
}

// languages are the page's languages: those of the package's own words.
var languages = vgt.Languages()

// Languages returns the languages the roster is in, English first; a
// language.Matcher built from them picks the page's language.
func Languages() []language.Tag { return vgt.Languages() }

// Matcher matches a reader's languages to the roster's; its default is
// English.
var Matcher = language.NewMatcher(languages)

// messages is the roster's own catalog. It is built once and only read
// after, and it is not message.DefaultCatalog, so that a program using the
// roster keeps its own.
var messages = func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for key, ts := range translations {
		for i, t := range ts {
			if i == 0 && t == "" {
				t = key // English is the key itself
			}
			if err := b.SetString(languages[i], key, t); err != nil {
				panic(err) // the catalog is a constant; a bad entry is a bug
			}
		}
	}
	return b
}()

// printer returns a printer of the roster's words in language t, one of
// Languages.
func printer(t language.Tag) *message.Printer {
	return message.NewPrinter(t, message.Catalog(messages))
}
