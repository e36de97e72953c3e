package vgt_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// A kind of exported type, and what every type of that kind must have.
type typeKind int

const (
	enumeration typeKind = iota + 1 // a small integer type, like time.Month
	value                           // a small comparable value, like netip.Addr
	record                          // a struct of facts, with JSON and gob forms
	other                           // needs nothing in particular
)

// exported classifies every exported type of the package. A type that
// the package declares and this table does not list fails the test, so
// that a new type gets the methods of its kind.
var exported = map[string]struct {
	kind typeKind
	typ  reflect.Type
}{
	"MemberKind":      {enumeration, reflect.TypeFor[vgt.MemberKind]()},
	"PartnerCategory": {enumeration, reflect.TypeFor[vgt.PartnerCategory]()},
	"NameKind":        {enumeration, reflect.TypeFor[vgt.NameKind]()},
	"ChangeKind":      {enumeration, reflect.TypeFor[vgt.ChangeKind]()},
	"Role":            {enumeration, reflect.TypeFor[vgt.Role]()},
	"Post":            {enumeration, reflect.TypeFor[vgt.Post]()},
	"Precision":       {enumeration, reflect.TypeFor[vgt.Precision]()},
	"Coverage":        {enumeration, reflect.TypeFor[vgt.Coverage]()},
	"Counted":         {enumeration, reflect.TypeFor[vgt.Counted]()},
	"Status":          {enumeration, reflect.TypeFor[vgt.Status]()},

	"Date":         {value, reflect.TypeFor[vgt.Date]()},
	"Period":       {value, reflect.TypeFor[vgt.Period]()},
	"Jurisdiction": {value, reflect.TypeFor[vgt.Jurisdiction]()},

	"Organization": {record, reflect.TypeFor[vgt.Organization]()},
	"Member":       {record, reflect.TypeFor[vgt.Member]()},
	"Partner":      {record, reflect.TypeFor[vgt.Partner]()},
	"Person":       {record, reflect.TypeFor[vgt.Person]()},
	"Announcement": {record, reflect.TypeFor[vgt.Announcement]()},
	"Change":       {record, reflect.TypeFor[vgt.Change]()},
	"Quote":        {record, reflect.TypeFor[vgt.Quote]()},
	"Name":         {record, reflect.TypeFor[vgt.Name]()},
	"Membership":   {record, reflect.TypeFor[vgt.Membership]()},
	"Tenure":       {record, reflect.TypeFor[vgt.Tenure]()},
	"Admission":    {record, reflect.TypeFor[vgt.Admission]()},
	"Facts":        {record, reflect.TypeFor[vgt.Facts]()},
	"Milestone":    {record, reflect.TypeFor[vgt.Milestone]()},
	"Affiliation":  {record, reflect.TypeFor[vgt.Affiliation]()},
	"Plan":         {record, reflect.TypeFor[vgt.Plan]()},
	"Claim":        {record, reflect.TypeFor[vgt.Claim]()},
	"StatedCount":  {record, reflect.TypeFor[vgt.StatedCount]()},
	"CountCheck":   {record, reflect.TypeFor[vgt.CountCheck]()},

	"Alliance":   {other, reflect.TypeFor[vgt.Alliance]()},
	"Error":      {other, reflect.TypeFor[vgt.Error]()},
	"LoadOption": {other, reflect.TypeFor[vgt.LoadOption]()},
}

// logged lists the records that log as a group of their own fields.
var loggedTypes = []string{"Organization", "Member", "Partner", "Person", "Announcement", "Tenure"}

// awaiting lists methods that other work in progress adds, by type: the
// test skips them while they are missing, and fails once one is present,
// so that the entry is removed as the work lands. Nothing is awaited now.
var awaiting = map[string][]string{}

// source is the package's own declarations, read with go/parser.
type source struct {
	types   []string                   // exported types
	funcs   map[string]bool            // exported functions
	methods map[string]map[string]bool // type: method: declared on a pointer receiver
	consts  map[string]string          // exported constant: its type
	decls   []*ast.FuncDecl
}

func readSource(t *testing.T) source {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	src := source{funcs: map[string]bool{}, methods: map[string]map[string]bool{}, consts: map[string]string{}}
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		if f.Name.Name != "vgt" {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				src.decls = append(src.decls, d)
				if d.Recv == nil {
					if d.Name.IsExported() {
						src.funcs[d.Name.Name] = true
					}
					continue
				}
				recv, ptr := d.Recv.List[0].Type, false
				if star, ok := recv.(*ast.StarExpr); ok {
					recv, ptr = star.X, true
				}
				name := recv.(*ast.Ident).Name
				if src.methods[name] == nil {
					src.methods[name] = map[string]bool{}
				}
				src.methods[name][d.Name.Name] = ptr
			case *ast.GenDecl:
				var typ string // the type of a const spec that repeats the one before
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							src.types = append(src.types, s.Name.Name)
						}
					case *ast.ValueSpec:
						if d.Tok != token.CONST {
							continue
						}
						if id, ok := s.Type.(*ast.Ident); ok {
							typ = id.Name
						} else if s.Type != nil || len(s.Values) > 0 {
							typ = ""
						}
						for _, n := range s.Names {
							if n.IsExported() {
								src.consts[n.Name] = typ
							}
						}
					}
				}
			}
		}
	}
	slices.Sort(src.types)
	return src
}

// need is one method a kind of type must have: declared on the type itself
// (not promoted from an embedded type), on a pointer receiver or not.
type need struct {
	name string
	ptr  bool
}

var needs = map[typeKind][]need{
	enumeration: {{"String", false}, {"MarshalText", false}, {"AppendText", false}, {"UnmarshalText", true}, {"Scan", true}, {"Value", false}},
	value: {{"String", false}, {"Compare", false}, {"MarshalText", false}, {"AppendText", false}, {"UnmarshalText", true},
		{"MarshalBinary", false}, {"AppendBinary", false}, {"UnmarshalBinary", true}, {"Scan", true}, {"Value", false}},
	record: {{"MarshalJSON", false}, {"UnmarshalJSON", true}, {"GobEncode", false}, {"GobDecode", true}},
}

// interfaces are the standard interfaces that the methods of each kind
// make its type (or its pointer) satisfy.
var interfaces = map[typeKind][]struct {
	iface reflect.Type
	ptr   bool
}{
	enumeration: {
		{reflect.TypeFor[fmt.Stringer](), false}, {reflect.TypeFor[encoding.TextMarshaler](), false},
		{reflect.TypeFor[encoding.TextAppender](), false}, {reflect.TypeFor[encoding.TextUnmarshaler](), true},
		{reflect.TypeFor[sql.Scanner](), true}, {reflect.TypeFor[driver.Valuer](), false},
	},
	value: {
		{reflect.TypeFor[fmt.Stringer](), false}, {reflect.TypeFor[encoding.TextMarshaler](), false},
		{reflect.TypeFor[encoding.TextAppender](), false}, {reflect.TypeFor[encoding.TextUnmarshaler](), true},
		{reflect.TypeFor[encoding.BinaryMarshaler](), false}, {reflect.TypeFor[encoding.BinaryAppender](), false},
		{reflect.TypeFor[encoding.BinaryUnmarshaler](), true},
		{reflect.TypeFor[sql.Scanner](), true}, {reflect.TypeFor[driver.Valuer](), false},
	},
	record: {
		{reflect.TypeFor[json.Marshaler](), false}, {reflect.TypeFor[json.Unmarshaler](), true},
		{reflect.TypeFor[gob.GobEncoder](), false}, {reflect.TypeFor[gob.GobDecoder](), true},
	},
}

func TestEveryExportedTypeIsClassified(t *testing.T) {
	src := readSource(t)
	for _, name := range src.types {
		_, ok := exported[name]
		assert.True(t, ok, "vgt.%s is new: classify it in methods_test.go (enumeration, value, record or other), and give it the methods of its kind", name)
	}
	for name, e := range exported {
		assert.Contains(t, src.types, name, "methods_test.go lists vgt.%s, which the package no longer declares", name)
		assert.Equal(t, name, e.typ.Name())
	}
}

func TestMethodSets(t *testing.T) {
	src := readSource(t)
	isAwaited := func(typ, method string) bool { return slices.Contains(awaiting[typ], method) }
	has := func(t *testing.T, typ string, n need) {
		ptr, ok := src.methods[typ][n.name]
		switch {
		case isAwaited(typ, n.name) && ok:
			t.Errorf("vgt.%s has %s now: remove it from awaiting in methods_test.go", typ, n.name)
		case isAwaited(typ, n.name):
		case !ok:
			t.Errorf("vgt.%s does not declare %s", typ, n.name)
		case ptr != n.ptr:
			t.Errorf("vgt.%s declares %s on the wrong receiver (pointer: %v)", typ, n.name, ptr)
		}
	}
	hasFunc := func(t *testing.T, typ, fn string) {
		switch ok := src.funcs[fn]; {
		case isAwaited(typ, fn) && ok:
			t.Errorf("%s exists now: remove it from awaiting in methods_test.go", fn)
		case isAwaited(typ, fn):
		case !ok:
			t.Errorf("vgt.%s has no %s", typ, fn)
		}
	}
	for name, e := range exported {
		t.Run(name, func(t *testing.T) {
			for _, n := range needs[e.kind] {
				has(t, name, n)
			}
			if len(awaiting[name]) == 0 {
				for _, i := range interfaces[e.kind] {
					typ := e.typ
					if i.ptr {
						typ = reflect.PointerTo(typ)
					}
					assert.True(t, typ.Implements(i.iface), "%s does not implement %s", typ, i.iface)
				}
			}
			switch e.kind {
			case enumeration:
				assert.Equal(t, reflect.Uint8, e.typ.Kind())
				hasFunc(t, name, "Parse"+name)
				if s, ok := reflect.Zero(e.typ).Interface().(fmt.Stringer); ok {
					assert.Empty(t, s.String(), "the zero %s is unset, and prints as nothing", name)
				}
				if m, ok := reflect.Zero(e.typ).Interface().(encoding.TextMarshaler); ok {
					text, err := m.MarshalText()
					require.NoError(t, err)
					assert.Empty(t, text, "the zero %s has the empty text form", name)
				}
				if v, ok := reflect.Zero(e.typ).Interface().(driver.Valuer); ok {
					dv, err := v.Value()
					require.NoError(t, err)
					assert.Nil(t, dv, "the zero %s is NULL", name)
				}
			case value:
				hasFunc(t, name, "Parse"+name)
				hasFunc(t, name, "MustParse"+name)
				_, isValid := src.methods[name]["IsValid"]
				_, isZero := src.methods[name]["IsZero"]
				assert.True(t, isValid || isZero, "vgt.%s has neither IsValid nor IsZero", name)
				assert.True(t, e.typ.Comparable(), "vgt.%s is comparable", name)
			}
		})
	}
	for _, name := range loggedTypes {
		has(t, name, need{"LogValue", false})
		assert.True(t, exported[name].typ.Implements(reflect.TypeFor[slog.LogValuer]()), name)
	}
	has(t, "Error", need{"LogValue", true})
	has(t, "Error", need{"Unwrap", true})
	for _, n := range []need{{"MarshalJSON", true}, {"UnmarshalJSON", true}, {"WriteJSON", true}, {"WriteTo", true}} {
		has(t, "Alliance", n)
	}
	assert.True(t, reflect.TypeFor[*vgt.Alliance]().Implements(reflect.TypeFor[io.WriterTo]()))
}

// TestEnumTablesAreComplete checks that the tables of enumerations that
// other tests run through (enums, sqlEnums) list every enumeration, with
// every value its constants declare.
func TestEnumTablesAreComplete(t *testing.T) {
	src := readSource(t)
	declared := map[string]int{}
	for _, typ := range src.consts {
		if e, ok := exported[typ]; ok && e.kind == enumeration {
			declared[typ]++
		}
	}
	listed := map[string]int{}
	for _, e := range append(enums, coverageEnum) {
		listed[e.name] = len(e.values)
	}
	inSQL := map[string]int{}
	for _, cases := range sqlEnums {
		inSQL[reflect.TypeOf(cases[0].value).Name()] = len(cases) - 1 // the zero value, then the others
	}
	for name, e := range exported {
		if e.kind != enumeration {
			continue
		}
		require.NotZero(t, declared[name], "vgt.%s declares no constants", name)
		assert.Equal(t, declared[name], listed[name], "enums (enum_test.go) lists every value of vgt.%s", name)
		assert.Equal(t, declared[name], inSQL[name], "sqlEnums (sql_test.go) lists every value of vgt.%s", name)
	}
}

// TestNames checks the naming rules: every constant of an enumeration
// carries its type's name, no name is both a constant and a method, and
// no signature names a type of this package beside a type of the same
// name from another (vgt.Month beside time.Month).
func TestNames(t *testing.T) {
	src := readSource(t)
	methods := map[string]bool{}
	for _, ms := range src.methods {
		for m := range ms {
			methods[m] = true
		}
	}
	for c, typ := range src.consts {
		assert.False(t, methods[c], "%s is both a constant and a method", c)
		if e, ok := exported[typ]; ok && e.kind == enumeration {
			assert.True(t, strings.HasPrefix(c, typ), "the constant %s of %s does not carry its type's name", c, typ)
		}
	}
	for _, d := range src.decls {
		if !d.Name.IsExported() {
			continue
		}
		local, foreign := map[string]bool{}, map[string]string{}
		ast.Inspect(d.Type, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if pkg, ok := n.X.(*ast.Ident); ok {
					foreign[n.Sel.Name] = pkg.Name + "." + n.Sel.Name
				}
				return false
			case *ast.Ident:
				if _, ok := exported[n.Name]; ok {
					local[n.Name] = true
				}
			}
			return true
		})
		for name := range local {
			_, clash := foreign[name]
			assert.False(t, clash, "%s names vgt.%s beside %s", d.Name.Name, name, foreign[name])
		}
	}
}
