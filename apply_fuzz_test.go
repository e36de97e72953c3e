package vgt_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/virtualglobaltaskforce/vgt"
)

// FuzzApply applies fuzzed announcements to the default alliance, at any
// place in its time, with IDs that may be taken already, introduced
// organizations whose parents may be missing or cyclic, and language tags
// that may not be canonical. Apply never panics; an Apply that fails leaves
// the alliance unchanged and reports problems whose paths describe what the
// caller passed; and one that succeeds gives an alliance that Validate
// accepts and that Load(WriteJSON(a)) reads back equal: one set of rules.
func FuzzApply(f *testing.F) {
	// kind, role, cat, orgIdx, succIdx, effective, published, name,
	// idSel (the announcement's ID), introSel (an organization it
	// introduces, and that organization's ID), parentSel, lang.
	f.Add(uint8(2), uint8(1), uint8(0), uint8(3), uint8(0), "2012", "2012-01-01", "", uint8(0), uint8(0), uint8(0), "en")
	f.Add(uint8(2), uint8(2), uint8(1), uint8(14), uint8(0), "2011-04", "2011-05-01", "", uint8(0), uint8(0), uint8(0), "en")
	f.Add(uint8(3), uint8(1), uint8(0), uint8(7), uint8(0), "[2011..2012]", "2013", "", uint8(0), uint8(0), uint8(0), "en")
	f.Add(uint8(4), uint8(0), uint8(0), uint8(1), uint8(9), "2012-02-29", "2012-03", "", uint8(0), uint8(0), uint8(0), "en")
	f.Add(uint8(5), uint8(0), uint8(0), uint8(4), uint8(0), "2012", "2012", "Neue Polizei", uint8(0), uint8(0), uint8(0), "de")
	f.Add(uint8(7), uint8(0), uint8(0), uint8(0), uint8(0), "2012", "2012", "", uint8(0), uint8(0), uint8(0), "en")
	f.Add(uint8(8), uint8(1), uint8(0), uint8(10), uint8(0), "", "2011-05", "", uint8(0), uint8(0), uint8(0), "en")
	f.Add(uint8(1), uint8(1), uint8(0), uint8(200), uint8(0), "2012", "2012", "", uint8(0), uint8(0), uint8(0), "en")
	// The attacks, newest and older than the latest announcement.
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2026", "2026", "", uint8(1), uint8(1), uint8(0), "en") // the announcement's ID is an organization's
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2006", "2006", "", uint8(1), uint8(1), uint8(0), "en")
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2026", "2026", "", uint8(0), uint8(2), uint8(0), "en") // a new organization with a person's ID
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2006", "2006", "", uint8(0), uint8(2), uint8(0), "en")
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2026", "2026", "", uint8(0), uint8(1), uint8(2), "en") // a parent that does not exist
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2006", "2006", "", uint8(0), uint8(1), uint8(2), "en")
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2026", "2026", "", uint8(0), uint8(1), uint8(4), "en") // two new organizations, parts of each other
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2026", "2026", "", uint8(0), uint8(1), uint8(0), "iw") // a tag that is not canonical
	f.Add(uint8(2), uint8(2), uint8(1), uint8(255), uint8(0), "2006", "2006", "", uint8(0), uint8(1), uint8(0), "iw")
	f.Add(uint8(2), uint8(1), uint8(0), uint8(3), uint8(0), "2004", "2004-06", "", uint8(0), uint8(0), uint8(0), "en") // older than the latest
	a := vgt.Default()
	orgs := slices.Collect(a.Organizations())
	people := slices.Collect(a.People())
	anns := slices.Collect(a.Announcements())
	var before bytes.Buffer
	require.NoError(f, a.WriteJSON(&before))
	f.Fuzz(func(t *testing.T, kind, role, cat, orgIdx, succIdx uint8, effective, published, name string, idSel, introSel, parentSel uint8, lang string) {
		pub, err := vgt.ParseDate(published)
		if err != nil {
			return
		}
		eff, _ := vgt.ParseDate(effective)
		tag, err := language.Raw.Parse(lang) // Raw keeps "iw" as it is
		if err != nil {
			return
		}
		fresh := uuid.NewSHA1(uuid.NameSpaceURL, []byte(effective+"\x00"+published+"\x00"+name+"\x00"+lang))
		// taken picks an ID: fresh, or one the alliance already gives to
		// an organization, a person, an announcement or itself.
		taken := func(sel uint8, fresh uuid.UUID) uuid.UUID {
			switch sel % 5 {
			case 1:
				return orgs[int(sel/5)%len(orgs)].ID
			case 2:
				return people[int(sel/5)%len(people)].ID
			case 3:
				return anns[int(sel/5)%len(anns)].ID
			case 4:
				return a.Facts().ID
			}
			return fresh
		}
		an := vgt.Announcement{
			ID: taken(idSel, fresh), Title: "Fuzzed",
			Published: pub, Source: "https://example.org/fuzz", Language: tag,
		}
		var intro uuid.UUID
		if introSel > 0 {
			intro = taken(introSel-1, uuid.NewSHA1(fresh, []byte("org")))
			o := vgt.NewOrganization(intro, []vgt.Name{{Text: "Fuzz Police", Lang: tag, Kind: vgt.NameKindOfficial}},
				vgt.MustParseJurisdiction("CH"), vgt.MemberKindNationalAgency)
			switch parentSel % 5 {
			case 1:
				o.Parent = orgs[int(parentSel/5)%len(orgs)].ID
			case 2:
				o.Parent = uuid.NewSHA1(fresh, []byte("nowhere"))
			case 3:
				o.Parent = an.ID
			case 4:
				// Two organizations, each part of the other.
				other := vgt.NewOrganization(uuid.NewSHA1(fresh, []byte("other")), []vgt.Name{{Text: "Fuzz Unit", Lang: tag, Kind: vgt.NameKindOfficial}},
					vgt.Jurisdiction{}, 0)
				other.Parent, o.Parent = o.ID, other.ID
				an.Organizations = append(an.Organizations, other)
			}
			an.Organizations = append(an.Organizations, o)
		}
		pick := func(i uint8) uuid.UUID {
			switch {
			case i == 255 && intro != uuid.Nil:
				return intro
			case int(i) < len(orgs):
				return orgs[i].ID
			}
			return uuid.NewSHA1(uuid.Nil, []byte{i}) // unknown to the alliance
		}
		c := vgt.Change{Kind: vgt.ChangeKind(kind % 10), Effective: eff, Organization: pick(orgIdx), Role: vgt.Role(role % 3)}
		switch c.Kind {
		case vgt.ChangeKindJoined, vgt.ChangeKindVotedIn:
			c.Category = vgt.PartnerCategory(cat % 4)
		case vgt.ChangeKindSucceeded:
			c.Successor = pick(succIdx)
		case vgt.ChangeKindRenamed:
			c.Name = vgt.Name{Text: name, Lang: tag, Kind: vgt.NameKindOfficial}
		case vgt.ChangeKindElected, vgt.ChangeKindAppointed:
			c.Post, c.Role = vgt.PostChair, 0
		}
		an.Changes = []vgt.Change{c}

		next, err := a.Apply(an)
		var after bytes.Buffer
		require.NoError(t, a.WriteJSON(&after))
		require.Equal(t, before.String(), after.String(), "Apply changed the alliance it applied to")
		if err != nil {
			require.Nil(t, next)
			require.True(t, strings.HasPrefix(err.Error(), "vgt: "), err.Error())
			requireCallerPaths(t, err)
			return
		}
		require.NoError(t, next.Validate(), "Validate refuses what Apply accepted")
		requireRoundTrip(t, next)
	})
}

// requireCallerPaths checks that every problem of an Apply error wraps a
// sentinel and names a path in the announcement the caller passed.
func requireCallerPaths(t *testing.T, err error) {
	t.Helper()
	for _, e := range problems(err) {
		require.True(t, wrapsSentinel(e), "%v wraps no sentinel", e)
		var ve *vgt.Error
		require.True(t, errors.As(e, &ve), "%T: %v", e, e)
		if strings.Contains(ve.Error(), "more problems, not listed") {
			continue
		}
		p := ve.Path
		require.True(t, p == "announcement" || strings.HasPrefix(p, "announcement.") || strings.HasPrefix(p, "announcement["),
			"the path %q is not in what the caller passed: %v", p, e)
	}
}

// problems returns the problems that an error joins, or the error alone.
func problems(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

var allSentinels = []error{
	vgt.ErrNotFound, vgt.ErrAmbiguous, vgt.ErrUnknownOrganization, vgt.ErrDuplicateID, vgt.ErrInvalidDate,
	vgt.ErrInvalidJurisdiction, vgt.ErrUnsafeText, vgt.ErrInvalid, vgt.ErrConflict, vgt.ErrSyntax, vgt.ErrLimit, vgt.ErrIO,
}

func wrapsSentinel(err error) bool {
	for _, s := range allSentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
