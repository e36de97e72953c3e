package roster

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/virtualglobaltaskforce/vgt"
)

func names(ms []Member) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Name.Text)
	}
	return out
}

func TestBuildEnglish(t *testing.T) {
	a := vgt.Default()
	r := Build(a, language.MustParse("en-GB"))
	assert.Equal(t, language.English, r.Lang)
	assert.Equal(t, "ltr", r.Dir)
	assert.Equal(t, "Virtual Global Taskforce (VGT)", r.Title.Plain())
	assert.Equal(t, a.RecordedThrough(), r.RecordedThrough)
	assert.Equal(t, "As recorded through "+a.RecordedThrough().String()+".", r.Horizon.Plain())
	assert.Equal(t, "17 member agencies", r.MembersHeading)
	// In English collation order, which ignores case ("Indonesian" before
	// "INTERPOL").
	assert.Equal(t, []string{
		"Australian Federal Police (AFP)", "Child Exploitation and Online Protection Command (CEOP)",
		"Colombian National Police", "Cybercrime Coordination Unit Switzerland (CYCO)",
		"Directorate of Criminal Investigations (DCI)", "Dutch National Police (DNP)", "Europol",
		"Indonesian National Police (INP)", "INTERPOL", "Italian Postal and Communication Police Service",
		"Korean National Police Agency (KNPA)", "Ministry of Interior of the United Arab Emirates",
		"National Bureau of Investigation (NBI)", "New Zealand Police", "Philippine National Police (PNP)",
		"Royal Canadian Mounted Police (RCMP)", "United States Department of Homeland Security (DHS)",
	}, names(r.Members))
	assert.Empty(t, r.Possible, "the end of the record has no uncertain members")
	assert.Equal(t, []string{"Australian High Tech Crime Centre (AHTCC)", "National Crime Squad for England and Wales (NCS)"}, names(r.Former))
	// Every member of the record is on the roster, current or former.
	assert.Equal(t, countSeq(a.Members()), len(r.Members)+len(r.Former))

	i := slices.IndexFunc(r.Members, func(m Member) bool { return m.Name.Text == "Royal Canadian Mounted Police (RCMP)" })
	require.GreaterOrEqual(t, i, 0)
	rcmp := r.Members[i]
	assert.Equal(t, "through National Child Exploitation Coordination Centre (NCECC)", rcmp.Unit.Plain())
	assert.Equal(t, "Royal Canadian Mounted Police (RCMP), through National Child Exploitation Coordination Centre (NCECC)", rcmp.Full.Plain())
	assert.Equal(t, Span{Text: "Canada"}, rcmp.Jurisdiction)
	assert.Equal(t, Span{Text: "2003"}, rcmp.Since)
	assert.Equal(t, "2003/2006-04", r.Former[1].Period.Text)

	assert.Equal(t, "13 partners", r.PartnersHeading)
	require.Len(t, r.Partners, 2)
	assert.Equal(t, vgt.PartnerCategoryIndustry, r.Partners[0].Category)
	assert.Equal(t, "Private sector", r.Partners[0].Heading)
	assert.Len(t, r.Partners[0].Partners, 6)
	paypal := r.Partners[0].Partners[4]
	assert.Equal(t, "PayPal", paypal.Name.Text)
	assert.Equal(t, "[2011-11-06..2011-11-07]", paypal.Since.Text)
	assert.Equal(t, vgt.PartnerCategoryNonGovernmental, r.Partners[1].Category)
	assert.Equal(t, "Non-governmental organisations", r.Partners[1].Heading)
	assert.Len(t, r.Partners[1].Partners, 7)

	assert.Equal(t, "Justine Gough, for Australian Federal Police (AFP), since 2024-11-01", r.Chair.Plain())
	assert.Empty(t, r.Pending)
	assert.Equal(t, "Drawn from 59 announcements.", r.Sources.Plain())
	var langs []string
	for _, l := range r.Languages {
		langs = append(langs, l.Tag.String()+"="+l.Name.Text)
	}
	assert.Equal(t, []string{"fr=français", "it=italiano", "es=español", "de=Deutsch", "ar=العربية"}, langs)
	assert.Equal(t, "rtl", r.Languages[4].Name.Dir, "an Arabic name on an English page is isolated")
	// Nothing on an English page is isolated but that Arabic name.
	for _, m := range r.Members {
		assert.Empty(t, m.Name.Dir, m.Name.Text)
		assert.Empty(t, m.Since.Dir)
	}
}

func TestBuildArabic(t *testing.T) {
	a := vgt.Default()
	r := Build(a, language.MustParse("ar-EG"))
	assert.Equal(t, language.Arabic, r.Lang)
	assert.Equal(t, "rtl", r.Dir)
	// From 11 to 99, Arabic counts with the singular in the accusative.
	assert.Equal(t, "١٧ وكالةً عضوًا", r.MembersHeading)
	assert.Equal(t, "١٣ شريكًا", r.PartnersHeading)
	assert.Equal(t, "القطاع الخاص", r.Partners[0].Heading)
	assert.Equal(t, "الرئاسة", r.Labels.Chair)
	assert.Equal(t, "وفق ما سُجّل حتى "+a.RecordedThrough().String()+".", r.Horizon.Plain())
	// Latin names are isolated left to right; the UAE's Arabic name is not
	// isolated, and sorts after the Latin ones.
	last := r.Members[len(r.Members)-1]
	assert.Equal(t, Span{Text: "وزارة الداخلية"}, last.Name)
	for _, m := range r.Members[:len(r.Members)-1] {
		assert.Equal(t, "ltr", m.Name.Dir, m.Name.Text)
		assert.False(t, m.Name.Fixed)
		assert.Equal(t, Span{Text: m.Since.Text, Dir: "ltr", Fixed: true}, m.Since, "a date reads left to right")
		assert.Empty(t, m.Jurisdiction.Dir, "jurisdictions are named in Arabic")
	}
	assert.Equal(t, "\u2068Justine Gough\u2069، عن \u2068Australian Federal Police (AFP)\u2069، منذ \u20662024-11-01\u2069", r.Chair.String())

	var b bytes.Buffer
	require.NoError(t, r.WriteText(&b))
	text := b.String()
	assert.Contains(t, text, "\u2068Europol\u2069 — الاتحاد الأوروبي — \u2066[2010-12..2011-04-07]\u2069\n")
	assert.Contains(t, text, "وزارة الداخلية — الإمارات العربية المتحدة — \u20662010-03-09\u2069\n")
	assert.Contains(t, text, "\u2068Royal Canadian Mounted Police (RCMP)\u2069، عبر \u2068National Child Exploitation Coordination Centre (NCECC)\u2069 — كندا")
	assert.Contains(t, text, "استنادًا إلى ٥٩ إعلانًا.")
	// No English word is left outside a name on the Arabic page: every
	// Latin letter is inside an isolate.
	outside := regexp.MustCompile("\u2068[^\u2069]*\u2069|\u2066[^\u2069]*\u2069").ReplaceAllString(text, "")
	assert.NotRegexp(t, `[A-Za-z]`, outside)
}

func TestBuildSnapshot(t *testing.T) {
	a := vgt.Default().AsOf(time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC))
	r := Build(a, language.French)
	assert.Equal(t, "Tel qu’il était avec certitude au 2005-06-01, selon les sources enregistrées jusqu’à "+a.RecordedThrough().String()+".", r.Horizon.Plain())
	assert.Equal(t, "5 services membres", r.MembersHeading)
	// Members that later sources list with no date of joining may have
	// been members already.
	assert.Equal(t, []string{"Colombian National Police", "Directorate of Criminal Investigations (DCI)",
		"National Bureau of Investigation (NBI)", "Philippine National Police (PNP)"}, names(r.Possible))
	assert.Empty(t, r.Former, "a snapshot shows only who was active")
	assert.Equal(t, "0 partenaire", r.PartnersHeading)
	assert.Empty(t, r.Partners)
	assert.Equal(t, "D’après 3 annonces.", r.Sources.Plain())

	var b bytes.Buffer
	require.NoError(t, r.WriteText(&b))
	assert.Contains(t, b.String(), "\nMembres possibles :\n  Leur adhésion à cette date est incertaine")
	assert.Contains(t, b.String(), "\n0 partenaire.\n")
	assert.Contains(t, b.String(), "Aucun vote ni aucune élection en attente.")
}

func TestBuildPending(t *testing.T) {
	a := vgt.Default()
	id := uuid.MustParse("5b7c3f52-8f3e-4e8a-9f53-2d7c2f0d1e01")
	org := vgt.NewOrganization(id, []vgt.Name{
		{Text: "Politie", Lang: language.Dutch, Kind: vgt.NameKindOfficial},
		{Text: "Netherlands Police", Lang: language.English, Kind: vgt.NameKindOfficial},
	}, vgt.MustParseJurisdiction("NL"), vgt.MemberKindNationalAgency)
	b, err := a.Apply(vgt.Announcement{
		ID: uuid.MustParse("5b7c3f52-8f3e-4e8a-9f53-2d7c2f0d1e02"), Title: "Vote", Published: vgt.MustParseDate("2025-07-01"),
		Source: "https://example.org/vote", Language: language.English, Organizations: []vgt.Organization{org},
		Changes: []vgt.Change{{Kind: vgt.ChangeKindVotedIn, Effective: vgt.MustParseDate("2025-06"), Organization: id, Role: vgt.RoleMember}},
	})
	require.NoError(t, err)
	tests := map[string]string{
		"en": "Netherlands Police: voted in as a member (2025-06); not yet joined.",
		"fr": "Netherlands Police : admis comme membre par un vote (2025-06) ; adhésion pas encore effective.",
		"it": "Netherlands Police: ammesso come membro con un voto (2025-06); adesione non ancora effettiva.",
		"es": "Netherlands Police: admitido como miembro por votación (2025-06); adhesión aún no efectiva.",
		"de": "Netherlands Police: als Mitglied aufgenommen per Beschluss (2025-06); noch nicht beigetreten.",
		"ar": "\u2068Netherlands Police\u2069: قُبل عضوًا بالتصويت (\u20662025-06\u2069)؛ لم ينضم بعد.",
	}
	for lang, want := range tests {
		r := Build(b, language.MustParse(lang))
		require.Len(t, r.Pending, 1, lang)
		assert.Equal(t, want, r.Pending[0].String(), lang)
		assert.Equal(t, "2025-07-01", r.RecordedThrough.String())
	}
}

func TestDirection(t *testing.T) {
	tests := map[string]string{
		"Europol": "ltr", "وزارة الداخلية": "rtl", "2003": "", "[2011-03..2011-04]": "", "(AFP)": "ltr",
		"«وزارة» Ministry": "rtl", "שלום": "rtl", "": "", "1 partner": "ltr",
	}
	for s, want := range tests {
		assert.Equal(t, want, direction(s), s)
	}
	assert.Equal(t, "rtl", pageDirection(language.Arabic))
	assert.Equal(t, "rtl", pageDirection(language.Hebrew))
	assert.Equal(t, "ltr", pageDirection(language.German))
}

func TestLine(t *testing.T) {
	l := Line{{Text: "Chair: "}, {Text: "وزارة", Dir: "rtl"}, {Text: " since "}, {Text: "2003", Dir: "ltr", Fixed: true}, {Text: "x", Dir: "rtl", Fixed: true}}
	assert.Equal(t, "Chair: \u2068وزارة\u2069 since \u20662003\u2069\u2067x\u2069", l.String())
	assert.Equal(t, "Chair: وزارة since 2003x", l.Plain())
	s := newSpeller(language.English)
	assert.Equal(t, Line{{Text: "Europol"}, {Text: ", since "}, {Text: "2003"}}, s.line(msgHolderSince, Span{Text: "Europol"}, Span{Text: "2003"}))
	// A message whose arguments are all spans has no empty spans.
	assert.Equal(t, Line{{Text: "a"}, {Text: ", "}, {Text: "b"}}, s.line(msgNameUnit, Line{{Text: "a"}}, Span{Text: "b"}))
}

func TestMatch(t *testing.T) {
	tests := []struct{ lang, accept, want string }{
		{"", "", "en"},
		{"ar", "fr", "ar"},
		{"", "ar-EG,en;q=0.5", "ar"},
		{"", "de-CH, fr;q=0.9", "de"},
		{"", "ja, it;q=0.8", "it"},
		{"pt", "", "en"},
		{"<script>", "es", "es"},
		{"", "xx;;q=bad", "en"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Match(tt.lang, tt.accept).String(), "%q %q", tt.lang, tt.accept)
	}
}

// verbs lists a message's formatting verbs, in order.
var verbRE = regexp.MustCompile(`%(\[\d+\])?[sd]`)

func TestCatalog(t *testing.T) {
	require.Equal(t, vgt.Languages(), Languages())
	// The same word in another language is allowed only where the
	// language uses it so.
	same := map[string][]string{
		msgColPartner: {"it", "de"}, msgAsPartner: {}, msgNameUnit: {"fr", "it", "es", "de"},
		msgListHeading: {"it", "es", "de", "ar"},
	}
	for key, ts := range translations {
		assert.Empty(t, ts[0], "%q: English is the key", key)
		want := verbRE.FindAllString(key, -1)
		for i, tr := range ts[1:] {
			lang := languages[i+1]
			require.NotEmpty(t, tr, "%q in %s", key, lang)
			assert.Equal(t, want, verbRE.FindAllString(tr, -1), "%q in %s: the same verbs in the same order", key, lang)
			if tr == key {
				assert.Contains(t, same[key], lang.String(), "%q in %s is English", key, lang)
			}
			var args []any
			for _, v := range want {
				if strings.HasSuffix(v, "d") {
					args = append(args, 7)
				} else {
					args = append(args, "S")
				}
			}
			// A printer with no catalog formats the translation itself.
			assert.Equal(t, message.NewPrinter(lang).Sprintf(tr, args...), printer(lang).Sprintf(key, args...), "%q in %s comes from the catalog", key, lang)
			if lang == language.Arabic {
				assert.NotRegexp(t, `[A-Za-z]`, verbRE.ReplaceAllString(tr, ""), "%q in Arabic has no Latin letters", key)
			}
		}
	}
	// Every Label is set in every language.
	for _, lang := range languages {
		r := Build(&vgt.Alliance{}, lang)
		for _, s := range []string{r.Labels.Roster, r.Labels.Member, r.Labels.Jurisdiction, r.Labels.Since, r.Labels.Membership,
			r.Labels.Partner, r.Labels.Possible, r.Labels.PossibleWhy, r.Labels.Former, r.Labels.Chair, r.Labels.Pending,
			r.Labels.Notes, r.Labels.NoPending, r.Labels.NoNotes, r.Labels.Languages} {
			assert.NotEmpty(t, s, lang.String())
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	// The zero Alliance has no record: the roster says so without failing.
	r := Build(&vgt.Alliance{}, language.German)
	assert.Equal(t, "0 Mitgliedsbehörden", r.MembersHeading)
	assert.Equal(t, "Kein Vorsitz ist sicher bekannt.", r.Chair.Plain())
	assert.Empty(t, r.Members)
	assert.Empty(t, r.Title.Plain())
	var b bytes.Buffer
	require.NoError(t, r.WriteText(&b))
	assert.True(t, strings.HasPrefix(b.String(), "\nStand der Aufzeichnungen: .\n"), b.String())
}

func TestPossiblyCovering(t *testing.T) {
	// The Australian seat passed from the AHTCC to the AFP in
	// [2008-02..2009-12]; the PNP and the NBI are listed in 2024 with no
	// date of joining.
	a := vgt.Default().AsOf(time.Date(2009, 1, 1, 0, 0, 0, 0, time.UTC))
	acronyms := func(ms []vgt.Member) []string {
		var got []string
		for _, m := range ms {
			got = append(got, m.Acronym)
		}
		slices.Sort(got)
		return got
	}
	assert.Equal(t, []string{"AFP", "AHTCC"}, acronyms(PossiblyCovering(a, vgt.MustParseJurisdiction("AU"))))
	assert.Equal(t, []string{"NBI", "PNP"}, acronyms(PossiblyCovering(a, vgt.MustParseJurisdiction("PH"))))
	assert.Empty(t, PossiblyCovering(vgt.Default().AsOf(time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC)), vgt.MustParseJurisdiction("AU")))
	assert.Empty(t, PossiblyCovering(a, vgt.MustParseJurisdiction("NZ")))
	assert.Empty(t, PossiblyCovering(a, vgt.Jurisdiction{}))
}

func TestNoteLines(t *testing.T) {
	a := vgt.Default()
	afp, err := a.Lookup("AFP")
	require.NoError(t, err)
	notes := []note{
		{kind: notePlanned, org: afp.ID, post: vgt.PostChair, effective: vgt.MustParseDate("2024-11"), published: vgt.MustParseDate("[2024-11..2025-06]")},
		{kind: noteDisputed, org: afp.ID, post: vgt.PostChair, published: vgt.MustParseDate("2025-06"), words: "chaired the VGT from 2009 to 2019"},
		{kind: noteUnconfirmed, org: afp.ID, role: vgt.RoleMember, published: vgt.MustParseDate("2025-06")},
		{kind: noteCount, published: vgt.MustParseDate("2011-04-07"), n: 12, words: "law enforcement agencies", recorded: 9, possible: 1},
	}
	want := map[string][]string{
		"en": {
			"Planned: Australian Federal Police (AFP) as chair from 2024-11 (announced [2024-11..2025-06]).",
			"Disputed: Australian Federal Police (AFP) as chair (announced 2025-06). “chaired the VGT from 2009 to 2019”",
			"Unconfirmed: Australian Federal Police (AFP) as a member (announced 2025-06).",
			"An announcement of 2011-04-07 counts 12 (“law enforcement agencies”); the record holds 9 then, and 1 more possibly.",
		},
		"de": {
			"Geplant: Australian Federal Police (AFP) für den Vorsitz ab 2024-11 (angekündigt [2024-11..2025-06]).",
			"Umstritten: Australian Federal Police (AFP) für den Vorsitz (angekündigt 2025-06). “chaired the VGT from 2009 to 2019”",
			"Unbestätigt: Australian Federal Police (AFP) als Mitglied (angekündigt 2025-06).",
			"Eine Mitteilung von 2011-04-07 zählt 12 („law enforcement agencies“); die Aufzeichnungen zählen dann 9, und möglicherweise 1 weitere.",
		},
		"ar": {
			"مُخطَّط: \u2068Australian Federal Police (AFP)\u2069 للرئاسة اعتبارًا من \u20662024-11\u2069 (أُعلن \u2066[2024-11..2025-06]\u2069).",
			"متنازع عليه: \u2068Australian Federal Police (AFP)\u2069 للرئاسة (أُعلن \u20662025-06\u2069). \u2068“chaired the VGT from 2009 to 2019”\u2069",
			"غير مؤكد: \u2068Australian Federal Police (AFP)\u2069 عضوًا (أُعلن \u20662025-06\u2069).",
			"يذكر إعلان بتاريخ \u20662011-04-07\u2069 العدد ١٢ («\u2068law enforcement agencies\u2069»)؛ ويضم السجل حينها ٩، وربما ١ آخرين.",
		},
	}
	for lang, lines := range want {
		var got []string
		for _, l := range noteLines(a, newSpeller(language.MustParse(lang)), notes) {
			got = append(got, l.String())
		}
		assert.Equal(t, lines, got, lang)
	}
	for _, lang := range languages {
		for _, l := range noteLines(a, newSpeller(lang), notes) {
			assert.NotContains(t, l.Plain(), "%!", lang.String())
		}
	}
}
