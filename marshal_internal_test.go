package vgt

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// fill sets every field of v, exported or not, to a value that is not
// zero, recursively, so that a JSON form that leaves a field out fails the
// round trip below. A field of a type it does not know fails the test:
// a new kind of field needs a value here.
func fill(t *testing.T, v reflect.Value, where string) {
	t.Helper()
	switch v.Type() {
	case reflect.TypeFor[uuid.UUID]():
		v.Set(reflect.ValueOf(uuid.MustParse("6ba7b810-9dad-41d1-80b4-00c04fd430c8")))
		return
	case reflect.TypeFor[Date]():
		v.Set(reflect.ValueOf(MustParseDate("[2003-05..2004]")))
		return
	case reflect.TypeFor[Period]():
		v.Set(reflect.ValueOf(MustParsePeriod("2003/[2005-05-24..2009]")))
		return
	case reflect.TypeFor[Jurisdiction]():
		v.Set(reflect.ValueOf(MustParseJurisdiction("FR")))
		return
	case reflect.TypeFor[language.Tag]():
		v.Set(reflect.ValueOf(language.French))
		return
	case reflect.TypeFor[time.Time]():
		v.Set(reflect.ValueOf(time.Date(2007, 1, 1, 12, 30, 0, 5, time.UTC)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x " + where)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Uint8:
		v.SetUint(1) // the first value of every enumeration
	case reflect.Int:
		v.SetInt(7)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(t, s.Index(0), where+"[0]")
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Field(i)
			// Reach unexported fields too: they are what MarshalJSON must
			// not lose.
			f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
			fill(t, f, where+"."+v.Type().Field(i).Name)
		}
	default:
		t.Fatalf("fill: no value for %s of type %s", where, v.Type())
	}
}

func filled[T any](t *testing.T) T {
	var v T
	fill(t, reflect.ValueOf(&v).Elem(), reflect.TypeFor[T]().Name())
	return v
}

// carries checks that the JSON form J of T carries every field of a value
// with every field set, through encoding/json, without the checks that
// MarshalJSON and UnmarshalJSON add (a value with every field set is not a
// valid record: a change cannot have a successor and a post).
// Derived fields that the form gives again rather than carries are set by
// derive, if not nil, before the round trip.
func carries[T, J any](t *testing.T, to func(T) (J, error), from func(J) (T, error), derive ...func(*T)) {
	carried[reflect.TypeFor[T]().Name()] = true
	t.Run(reflect.TypeFor[T]().Name(), func(t *testing.T) {
		v := filled[T](t)
		for _, fn := range derive {
			fn(&v)
		}
		j, err := to(v)
		require.NoError(t, err)
		b, err := json.Marshal(j)
		require.NoError(t, err)
		var back J
		ok, err := readJSON(b, &back)
		require.NoError(t, err)
		require.True(t, ok)
		got, err := from(back)
		require.NoError(t, err, "%s", b)
		assert.Equal(t, v, got, "%s", b)
	})
}

func viaDecoder[T, J any](fn func(d *decoder, p path, j J) T) func(J) (T, error) {
	return func(j J) (T, error) { return decode(func(d *decoder) T { return fn(d, path{}, j) }) }
}

// carried lists the types that carries has checked.
var carried = map[string]bool{}

func TestJSONFormsCarryEveryField(t *testing.T) {
	carries(t, noError(encodeName), viaDecoder((*decoder).name))
	carries(t, organizationToJSON, viaDecoder((*decoder).organization))
	carries(t, affiliationToJSON, viaDecoder((*decoder).affiliation))
	carries(t, memberToJSON, viaDecoder((*decoder).member))
	carries(t, partnerToJSON, viaDecoder((*decoder).partner))
	carries(t, membershipToJSON, viaDecoder((*decoder).membership))
	carries(t, tenureToJSON, viaDecoder((*decoder).tenure))
	carries(t, noError(admissionToJSON), viaDecoder((*decoder).admission))
	carries(t, noError(encodePerson), viaDecoder((*decoder).person))
	carries(t, noError(encodeAnnouncement), viaDecoder((*decoder).announcement), func(an *Announcement) {
		// The document's organizations have the Name and Acronym their
		// names give, and no history of parents or snapshot's time, as
		// Apply makes them.
		for i := range an.Organizations {
			an.Organizations[i].deriveNames()
			an.Organizations[i].parents = nil
			an.Organizations[i].asOf = time.Time{}
		}
	})
	carries(t, noError(changeToJSON), viaDecoder((*decoder).change))
	carries(t, noError(quoteToJSON), viaDecoder((*decoder).quote))
	carries(t, noError(countToJSON), viaDecoder((*decoder).count))
	carries(t, noError(planToJSON), viaDecoder((*decoder).plan))
	carries(t, noError(claimToJSON), viaDecoder((*decoder).claim))
	carries(t, noError(countCheckToJSON), viaDecoder((*decoder).countCheck))
	carries(t, noError(encodeFacts), viaDecoder((*decoder).facts))
	carries(t, noError(encodeMilestone), viaDecoder((*decoder).milestone))

	// Every record type is checked: each type that declares MarshalJSON,
	// but the Alliance, whose form is the document's.
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || fn.Name.Name != "MarshalJSON" {
				continue
			}
			recv := fn.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			if name := recv.(*ast.Ident).Name; name != "Alliance" {
				assert.True(t, carried[name], "TestJSONFormsCarryEveryField does not check the JSON form of %s", name)
			}
		}
	}
}
