package jsonscan_test

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt/internal/jsonscan"
)

func TestScanValid(t *testing.T) {
	for _, doc := range []string{
		`{}`, `[]`, `0`, `-0`, `1.5e+10`, `-12.25E-3`, `"x"`, `""`, `true`, `false`, `null`,
		" \t\r\n{ } \n",
		`{"a":1,"b":[1,2,{"a":1,"b":2}],"c":{"a":{"a":{"a":null}}}}`,
		`[{"id":1},{"id":2},{"id":3}]`,
		`{"a":{"x":1},"b":{"x":1}}`,
		`{"a":1,"A":2}`,                    // keys are case-sensitive here
		`{"a\"b":1,"a\\b":2,"a/b":3}`,      // escapes that decode differently
		`{"\u00e9":1,"e\u0301":2}`,         // NFC and NFD are different keys
		`{"\ud83d\ude00":1,"\ud83d":2}`,    // a pair and a lone surrogate
		`{"é":1,"\u00e8":2}`,               // raw UTF-8 and an escape
		`["\"\\\/\b\f\n\r\t\u0041\uFFFF"]`, // every escape
		`{"":1," ":2}`,
		"{\"caf\xc3\xa9\":1,\"cafe\":2}",
		`[[[[[[[[[[]]]]]]]]]]`,
		`[1,[2,[3,[4]]],{"a":[{"b":[]}]}]`,
		realisticDoc(2, true), realisticDoc(2, false),
	} {
		assert.Nil(t, jsonscan.Scan([]byte(doc), jsonscan.Limits{}), "%.80s", doc)
		assert.Nil(t, jsonscan.Scan([]byte(doc), jsonscan.Limits{MaxDepth: 64, MaxStringBytes: 4096, MaxValues: 1 << 20}), "%.80s", doc)
	}
}

func TestScanDuplicateKeys(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		offset    int64
		path, msg string
	}{
		{"root", `{"id":1,"id":2}`, 8, "id", `duplicate key "id"`},
		{"root, not adjacent", `{"id":1,"x":[1,2],"id":2}`, 18, "id", `duplicate key "id"`},
		{"in array", `[{"a":1},{"a":1,"b":2,"a":3}]`, 22, "[1].a", `duplicate key "a"`},
		{"deep", `{"announcements":[{},{},{},{"changes":[{"kind":"joined","kind":"left"}]}]}`, 56,
			"announcements[3].changes[0].kind", `duplicate key "kind"`},
		{"after a nested object", `{"a":{"b":{"c":1}},"d":{"a":1},"a":2}`, 31, "a", `duplicate key "a"`},
		{"inner object", `{"a":{"b":{"c":1,"c":2}}}`, 17, "a.b.c", `duplicate key "c"`},
		{"key is not a name", `{"x y":{"k.j":1,"k.j":2}}`, 16, `["x y"]["k.j"]`, `duplicate key "k.j"`},
		{"empty key", `{"":1,"":2}`, 6, `[""]`, `duplicate key ""`},
		{"escaped letter", `{"a":1,"\u0061":2}`, 7, "a", `duplicate key "a"`},
		{"both escaped", `{"\u0061":1,"\u0061":2}`, 12, "a", `duplicate key "a"`},
		{"escaped hex case", `{"\u00e9":1,"\u00E9":2}`, 12, `["é"]`, `duplicate key "é"`},
		{"raw and escaped UTF-8", `{"é":1,"\u00e9":2}`, 8, `["é"]`, `duplicate key "é"`},
		{"escaped slash", `{"a/b":1,"a\/b":2}`, 9, `["a/b"]`, `duplicate key "a/b"`},
		{"escaped quote", `{"a\"":1,"a\u0022":2}`, 9, `["a\""]`, `duplicate key "a\""`},
		{"surrogate pair", `{"😀":1,"\ud83d\ude00":2}`, 10, `["😀"]`, `duplicate key "😀"`},
		{"lone surrogates", `{"\ud800":1,"\udfff":2}`, 12, `["�"]`, `duplicate key "�"`},
		{"invalid UTF-8", "{\"\xff\":1,\"\ufffd\":2}", 7, `["�"]`, `duplicate key "�"`},
		{"many keys", manyKeys(100, "k42"), int64(strings.LastIndex(manyKeys(100, "k42"), `"k42"`)), "k42", `duplicate key "k42"`},
		{"many keys, escaped", manyKeys(40, `\u006b7`), int64(strings.LastIndex(manyKeys(40, `\u006b7`), `"\u006b7"`)), "k7", `duplicate key "k7"`},
		{"17th key", manyKeys(16, "k0"), int64(strings.LastIndex(manyKeys(16, "k0"), `"k0"`)), "k0", `duplicate key "k0"`},
		{"16th key", manyKeys(15, "k14"), int64(strings.LastIndex(manyKeys(15, "k14"), `"k14"`)), "k14", `duplicate key "k14"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, json.Unmarshal([]byte(tc.doc), new(any)), "the test document must be valid JSON")
			err := jsonscan.Scan([]byte(tc.doc), jsonscan.Limits{})
			require.NotNil(t, err)
			assert.Equal(t, jsonscan.Error{Offset: tc.offset, Path: tc.path, Msg: tc.msg}, *err)
		})
	}
}

// manyKeys returns an object with keys k0 ... k(n-1) and then dup again.
func manyKeys(n int, dup string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		b.WriteString(`"k`)
		b.WriteString(itoa(i))
		b.WriteString(`":{"k0":1,"k1":2},`)
	}
	b.WriteString(`"` + dup + `":0}`)
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestScanManyKeysNoFalseDuplicates(t *testing.T) {
	// Objects of many sizes around the switch from linear search to the
	// hash table, nested, each key also present in the siblings.
	for _, n := range []int{0, 1, 15, 16, 17, 18, 31, 32, 33, 64, 65, 1000, 5000} {
		var b strings.Builder
		b.WriteString(`{"outer":{`)
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(`"k` + itoa(i) + `":{"k0":1,"j` + itoa(i) + `":[{"k0":0}]}`)
		}
		b.WriteString(`},"k0":1}`)
		assert.Nil(t, jsonscan.Scan([]byte(b.String()), jsonscan.Limits{}), "n=%d", n)
	}
}

func TestScanLimits(t *testing.T) {
	deep := strings.Repeat("[", 100_000)
	long := `{"a":["` + strings.Repeat("x", 1<<20) + `"]}`
	for _, tc := range []struct {
		name string
		doc  string
		lim  jsonscan.Limits
		want *jsonscan.Error // nil: passes
	}{
		{"depth at limit", `[[1]]`, jsonscan.Limits{MaxDepth: 2}, nil},
		{"depth over", `[[[1]]]`, jsonscan.Limits{MaxDepth: 2},
			&jsonscan.Error{Offset: 2, Path: "[0][0]", Limit: "depth", Msg: "nesting deeper than 2"}},
		{"depth of objects", `{"a":{"b":{"c":{}}}}`, jsonscan.Limits{MaxDepth: 3},
			&jsonscan.Error{Offset: 15, Path: "a.b.c", Limit: "depth", Msg: "nesting deeper than 3"}},
		{"depth 1, root object", `{"a":1}`, jsonscan.Limits{MaxDepth: 1}, nil},
		{"depth 1, nested", ` {"a":[]}`, jsonscan.Limits{MaxDepth: 1},
			&jsonscan.Error{Offset: 6, Path: "a", Limit: "depth", Msg: "nesting deeper than 1"}},
		{"depth, second element", `[[],[[]]]`, jsonscan.Limits{MaxDepth: 2},
			&jsonscan.Error{Offset: 5, Path: "[1][0]", Limit: "depth", Msg: "nesting deeper than 2"}},
		{"depth 100000", deep, jsonscan.Limits{MaxDepth: 64},
			&jsonscan.Error{Offset: 64, Path: strings.Repeat("[0]", 64), Limit: "depth", Msg: "nesting deeper than 64"}},
		{"string at limit", `["abcd"]`, jsonscan.Limits{MaxStringBytes: 4}, nil},
		{"escaped string at limit", `["\u00e9"]`, jsonscan.Limits{MaxStringBytes: 6}, nil},
		{"string over", `{"a":"abcde"}`, jsonscan.Limits{MaxStringBytes: 4},
			&jsonscan.Error{Offset: 5, Path: "a", Limit: "string length", Msg: "string longer than 4 bytes"}},
		{"escape over", `["abc\u00e9"]`, jsonscan.Limits{MaxStringBytes: 8},
			&jsonscan.Error{Offset: 1, Path: "[0]", Limit: "string length", Msg: "string longer than 8 bytes"}},
		{"escape crossing the limit", `["abc\n"]`, jsonscan.Limits{MaxStringBytes: 4},
			&jsonscan.Error{Offset: 1, Path: "[0]", Limit: "string length", Msg: "string longer than 4 bytes"}},
		{"key over", `{"a":{"abcde":1}}`, jsonscan.Limits{MaxStringBytes: 4},
			&jsonscan.Error{Offset: 6, Path: "a", Limit: "string length", Msg: "key longer than 4 bytes"}},
		{"1 MB string", long, jsonscan.Limits{MaxStringBytes: 4096},
			&jsonscan.Error{Offset: 6, Path: "a[0]", Limit: "string length", Msg: "string longer than 4096 bytes"}},
		{"1 MB string, no limit", long, jsonscan.Limits{}, nil},
		{"values at limit", `{"a":[1,2],"b":{}}`, jsonscan.Limits{MaxValues: 5}, nil},
		{"values over", `{"a":[1,2],"b":{}}`, jsonscan.Limits{MaxValues: 4},
			&jsonscan.Error{Offset: 15, Path: "b", Limit: "values", Msg: "more than 4 values"}},
		{"values, array elements", `[0,1,2,3,4,5,6,7,8,9]`, jsonscan.Limits{MaxValues: 8},
			&jsonscan.Error{Offset: 15, Path: "[7]", Limit: "values", Msg: "more than 8 values"}},
		{"values, root scalar", `1`, jsonscan.Limits{MaxValues: 1}, nil},
		{"first problem wins", `[["abcdef"],{"a":1,"a":2}]`, jsonscan.Limits{MaxDepth: 1, MaxStringBytes: 1},
			&jsonscan.Error{Offset: 1, Path: "[0]", Limit: "depth", Msg: "nesting deeper than 1"}},
		{"duplicate before limit", `[{"a":1,"a":2},"abcdef"]`, jsonscan.Limits{MaxStringBytes: 1},
			&jsonscan.Error{Offset: 8, Path: "[0].a", Msg: `duplicate key "a"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			err := jsonscan.Scan([]byte(tc.doc), tc.lim)
			if tc.want == nil {
				assert.Nil(t, err)
				return
			}
			require.NotNil(t, err)
			assert.Equal(t, *tc.want, *err)
			assert.Less(t, time.Since(start), time.Second)
		})
	}
}

func TestScanDeepWithoutLimit(t *testing.T) {
	// No recursion: a deep document, valid or not, costs only a stack.
	const depth = 200_000
	doc := strings.Repeat("[", depth) + strings.Repeat("]", depth)
	assert.Nil(t, jsonscan.Scan([]byte(doc), jsonscan.Limits{}))
	doc = strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
	assert.Nil(t, jsonscan.Scan([]byte(doc), jsonscan.Limits{}))
	err := jsonscan.Scan([]byte(strings.Repeat("[", depth)), jsonscan.Limits{})
	require.NotNil(t, err)
	assert.Equal(t, int64(depth), err.Offset)
}

func TestScanInvalid(t *testing.T) {
	for _, doc := range []string{
		``, ` `, `{`, `}`, `[`, `]`, `{"`, `{"a`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `{"a":1,"`,
		`[1`, `[1,`, `[1,]`, `[,1]`, `{,}`, `{"a":1,}`, `{"a" 1}`, `{"a"::1}`, `{1:2}`, `{a:1}`,
		`[}`, `{]`, `[[]`, `[]]`, `{"a":[}`, `{"a":{]}`, `[{"a":1]]`, `{"a":1}}`, `[1]]`, `[1 2]`,
		`"`, `"abc`, `"\`, `"\u`, `"\u12`, `"\u12g4"`, `"\x"`, "\"\x01\"", "\"a\nb\"",
		`tru`, `trux`, `nul`, `f`, `falsey`, `nulll`, `-`, `--1`, `+1`, `01`, `1.`, `.5`, `1e`, `1e+`, `1.e3`,
		`0x10`, `1 2`, `{} {}`, `[]x`, "\xef\xbb\xbf{}", "\x00", `NaN`, `Infinity`, `'a'`,
		"{\"a\":1,\"a\"", `{"a":1,"a":`, `[{"a":1,"a":2]`,
		strings.Repeat(`{"a":[`, 1000), strings.Repeat("]", 1000), strings.Repeat(`"\`, 100),
	} {
		var err *jsonscan.Error
		require.NotPanics(t, func() { err = jsonscan.Scan([]byte(doc), jsonscan.Limits{}) }, "%q", doc)
		require.NotPanics(t, func() {
			jsonscan.Scan([]byte(doc), jsonscan.Limits{MaxDepth: 2, MaxStringBytes: 1, MaxValues: 2})
		}, "%q", doc)
		require.False(t, json.Valid([]byte(doc)), "%q", doc)
		if assert.NotNil(t, err, "%q", doc) {
			assert.Empty(t, err.Limit, "%q", doc)
			assert.LessOrEqual(t, err.Offset, int64(len(doc)), "%q", doc)
		}
	}
}

func TestScanSyntaxErrors(t *testing.T) {
	for _, tc := range []struct {
		doc    string
		offset int64
		path   string
		msg    string
	}{
		{`{"a":[1,2,}`, 10, "a[2]", `invalid character '}' looking for beginning of value`},
		{`{"a":[1 2]}`, 8, "a[0]", `invalid character '2' after array element`},
		{`{"a":1 "b":2}`, 7, "a", `invalid character '"' after object key:value pair`},
		{`{"a":{"b" 1}}`, 10, "a.b", `invalid character '1' after object key`},
		{`{"a":{1}}`, 6, "a", `invalid character '1' looking for beginning of object key string`},
		{`{"a":[1]`, 8, "a", `unexpected end of JSON input`},
		{`[tru]`, 4, "[0]", `invalid character ']' in literal true (expecting 'e')`},
		{`{} x`, 3, "", `invalid character 'x' after top-level value`},
	} {
		err := jsonscan.Scan([]byte(tc.doc), jsonscan.Limits{})
		if assert.NotNil(t, err, tc.doc) {
			assert.Equal(t, jsonscan.Error{Offset: tc.offset, Path: tc.path, Msg: tc.msg}, *err, tc.doc)
		}
	}
}

func TestErrorString(t *testing.T) {
	err := jsonscan.Scan([]byte(`{"a":[{"id":1,"id":2}]}`), jsonscan.Limits{})
	require.NotNil(t, err)
	assert.Equal(t, `json: a[0].id: duplicate key "id" (offset 14)`, err.Error())
	err = jsonscan.Scan([]byte(`[[]]`), jsonscan.Limits{MaxDepth: 1})
	require.NotNil(t, err)
	assert.Equal(t, `json: [0]: nesting deeper than 1 (offset 1)`, err.Error())
	err = jsonscan.Scan([]byte(`"abc"`), jsonscan.Limits{MaxStringBytes: 2})
	require.NotNil(t, err)
	assert.Equal(t, `json: string longer than 2 bytes (offset 0)`, err.Error())
}

func TestLongKeyShortened(t *testing.T) {
	key := strings.Repeat("é", 200)
	err := jsonscan.Scan([]byte(`{"`+key+`":1,"`+key+`":2}`), jsonscan.Limits{})
	require.NotNil(t, err)
	short := strings.Repeat("é", 50) + "…"
	assert.Equal(t, `duplicate key "`+short+`"`, err.Msg)
	assert.Equal(t, `["`+short+`"]`, err.Path)
}

func TestScanAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	for name, doc := range map[string][]byte{
		"realistic":         []byte(realisticDoc(50, true)),
		"100000 small objs": smallObjects(100_000),
		"64 deep":           []byte(strings.Repeat(`{"a":[`, 64) + strings.Repeat(`]}`, 64)),
		"100 keys, escaped": []byte(manyKeys(100, `\u0078`)),
	} {
		require.Nil(t, jsonscan.Scan(doc, jsonscan.Limits{}), name)
		allocs := testing.AllocsPerRun(20, func() {
			jsonscan.Scan(doc, jsonscan.Limits{MaxDepth: 128, MaxStringBytes: 4096})
		})
		assert.Zero(t, allocs, name)
	}
}

// smallObjects returns an array of n small objects.
func smallObjects(n int) []byte {
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id":` + itoa(i) + `,"kind":"joined","role":"member","tags":["a","b"]}`)
	}
	b.WriteString("]")
	return []byte(b.String())
}

func TestSpecial(t *testing.T) {
	// The word scan must find the first '"', '\\' or control character of
	// every word, whatever the other bytes are.
	isSpecial := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{0, 0x1f, 0x20, '!', '"', '#', '[', '\\', ']', 0x7f, 0x80, 0xa2, 0xdc, 0xff, 'a'}
	for range 200_000 {
		var w [8]byte
		for k := range w {
			if rng.IntN(2) == 0 {
				w[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				w[k] = byte(rng.IntN(256))
			}
		}
		want := 8
		for k, c := range w {
			if isSpecial(c) {
				want = k
				break
			}
		}
		m := jsonscan.Special(binary.LittleEndian.Uint64(w[:]))
		got := 8
		if m != 0 {
			got = bits.TrailingZeros64(m) >> 3
		}
		require.Equal(t, want, got, "%q", w[:])
	}
}

func TestScanHugeObject(t *testing.T) {
	// The hash table grows with the object and finds a duplicate among
	// 200000 keys, in an object nested in another large one.
	var b strings.Builder
	b.WriteString(`{"a":1,`)
	for i := range 100 {
		b.WriteString(`"o` + itoa(i) + `":1,`)
	}
	b.WriteString(`"big":{`)
	for i := range 200_000 {
		b.WriteString(`"key` + itoa(i) + `":[{"key0":{"key1":1}}],`)
	}
	ok := b.String() + `"last":0},"z":0}`
	start := time.Now()
	assert.Nil(t, jsonscan.Scan([]byte(ok), jsonscan.Limits{}))
	bad := b.String() + `"key199999":0},"z":0}`
	err := jsonscan.Scan([]byte(bad), jsonscan.Limits{})
	if assert.NotNil(t, err) {
		assert.Equal(t, jsonscan.Error{Offset: int64(b.Len()), Path: "big.key199999", Msg: `duplicate key "key199999"`}, *err)
	}
	bad = b.String() + `"last":0},"o99":0}`
	err = jsonscan.Scan([]byte(bad), jsonscan.Limits{})
	if assert.NotNil(t, err) {
		assert.Equal(t, jsonscan.Error{Offset: int64(len(bad) - len(`"o99":0}`)), Path: "o99", Msg: `duplicate key "o99"`}, *err)
	}
	if !raceEnabled {
		assert.Less(t, time.Since(start), 5*time.Second)
	}
}

func TestScanFoldKeys(t *testing.T) {
	many := func(extra string) string {
		var b strings.Builder
		b.WriteString(`{`)
		for i := range 20 {
			fmt.Fprintf(&b, `"key%d":%d,`, i, i)
		}
		b.WriteString(extra + `}`)
		return b.String()
	}
	tests := []struct {
		name, doc string
		fold      bool
		dup       string // the duplicate key's path, or "" for none
	}{
		{"case differs, exact", `{"id":1,"ID":2}`, false, ""},
		{"case differs, folded", `{"id":1,"ID":2}`, true, "ID"},
		{"Kelvin sign, folded", `{"kind":1,"\u212aind":2}`, true, "[\"\u212aind\"]"},
		{"escaped, folded", `{"id":1,"\u0049D":2}`, true, "ID"},
		{"different keys, folded", `{"id":1,"ids":2}`, true, ""},
		{"many keys, folded", many(`"KEY3":0`), true, "KEY3"},
		{"many keys, Kelvin, folded", many(`"\u212aey7":0`), true, "[\"\u212aey7\"]"},
		{"many keys, exact", many(`"KEY3":0`), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := jsonscan.Scan([]byte(tt.doc), jsonscan.Limits{FoldKeys: tt.fold})
			if tt.dup == "" {
				require.Nil(t, e)
				return
			}
			require.NotNil(t, e)
			assert.Equal(t, tt.dup, e.Path)
			assert.Contains(t, e.Msg, "duplicate key")
		})
	}
}

func TestScanSchema(t *testing.T) {
	type name struct {
		Text string `json:"text"`
		Lang string `json:"lang,omitempty"`
	}
	type org struct {
		ID    string `json:"id"`
		Names []name `json:"names"`
		Boss  *name  `json:"boss,omitempty"`
		Tags  []string
		Any   map[string]any `json:"any"`
		skip  int            // unexported: never a key; read below so that it is used

	}
	type doc struct {
		Orgs    []org    `json:"orgs"`
		Grid    [][]name `json:"grid"`
		Ignored string   `json:"-"`
	}
	sch := jsonscan.SchemaOf(reflect.TypeFor[doc]())
	_ = org{}.skip
	tests := []struct {
		name, doc string
		path, msg string // "" for no error
	}{
		{"valid", `{"orgs":[{"id":"1","names":[{"text":"a","lang":"en"}],"boss":{"text":"b"},"Tags":["x"],"any":{"free":{"form":1}}}]}`, "", ""},
		{"unknown at the root", `{"orgs":[],"colour":1}`, "colour", `unknown field "colour"`},
		{"unknown in an element", `{"orgs":[{"id":"1"},{"id":"2","when":3}]}`, "orgs[1].when", `unknown field "when"`},
		{"unknown under a pointer", `{"orgs":[{"boss":{"text":"b","x":1}}]}`, "orgs[0].boss.x", `unknown field "x"`},
		{"unknown in nested arrays", `{"grid":[[{"text":"a"}],[{"tx":"b"}]]}`, "grid[1][0].tx", `unknown field "tx"`},
		{"keys match exactly", `{"orgs":[{"ID":"1"}]}`, "orgs[0].ID", `unknown field "ID"`},
		{"an ignored field is unknown", `{"Ignored":"x"}`, "Ignored", `unknown field "Ignored"`},
		{"an unexported field is unknown", `{"orgs":[{"skip":1}]}`, "orgs[0].skip", `unknown field "skip"`},
		{"a map is not checked", `{"orgs":[{"any":{"anything":{"goes":[{"here":1}]}}}]}`, "", ""},
		{"escaped key", `{"orgs":[{"\u0069d":"1","n\u0061mes":[]}]}`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := jsonscan.Scan([]byte(tt.doc), jsonscan.Limits{Schema: sch})
			if tt.msg == "" {
				require.Nil(t, e)
				return
			}
			require.NotNil(t, e)
			assert.Equal(t, tt.path, e.Path)
			assert.Equal(t, tt.msg, e.Msg)
			assert.Empty(t, e.Limit)
			assert.Equal(t, byte('"'), tt.doc[e.Offset], "the offset is the key's")
		})
	}
	// Without a schema, the same documents pass.
	require.Nil(t, jsonscan.Scan([]byte(`{"orgs":[],"colour":1}`), jsonscan.Limits{}))
}

func TestScanSchemaTypes(t *testing.T) {
	type change struct {
		Kind string `json:"kind"`
	}
	type ann struct {
		Tags    []string `json:"tags"`
		Changes []change `json:"changes"`
		N       int      `json:"n"`
		Quoted  int      `json:"quoted,string"`
		Flag    bool     `json:"flag"`
		Raw     []byte   `json:"raw"`
		Any     any      `json:"any"`
	}
	type doc struct {
		Announcements []ann `json:"announcements"`
	}
	sch := jsonscan.SchemaOf(reflect.TypeFor[doc]())
	tests := []struct {
		name, doc string
		path, msg string // "" for no error
		at        string // the text at the error's offset
	}{
		{"valid", `{"announcements":[{"tags":["a"],"changes":[{"kind":"x"}],"n":-1.5e3,"quoted":"7","flag":false,"raw":"AA==","any":[null]}]}`, "", "", ""},
		{"a string where an array belongs", `{"announcements":[{},{},{},{"tags":"News"}]}`,
			"announcements[3].tags", "a string where an array belongs", `"News"`},
		{"a number in an array of strings", `{"announcements":[{"tags":["a",7]}]}`,
			"announcements[0].tags[1]", "a number where a string belongs", `7`},
		{"an array where an object belongs", `{"announcements":[{"changes":[{},[]]}]}`,
			"announcements[0].changes[1]", "an array where an object belongs", `[]`},
		{"null where a string belongs", `{"announcements":[{"changes":[{"kind":null}]}]}`,
			"announcements[0].changes[0].kind", "null where a string belongs", `null`},
		{"a string where a number belongs", `{"announcements":[{"n":"7"}]}`, "announcements[0].n", "a string where a number belongs", `"7"`},
		{"a number where a quoted number belongs", `{"announcements":[{"quoted":7}]}`, "announcements[0].quoted", "a number where a string belongs", `7`},
		{"a string where a boolean belongs", `{"announcements":[{"flag":"true"}]}`, "announcements[0].flag", "a string where a boolean belongs", `"true"`},
		{"null document", `null`, "", "null where an object belongs", `null`},
		{"array document", ` [1]`, "", "an array where an object belongs", `[1]`},
		{"string document", `"x"`, "", "a string where an object belongs", `"x"`},
		{"number document", `12`, "", "a number where an object belongs", `12`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := jsonscan.Scan([]byte(tt.doc), jsonscan.Limits{Schema: sch})
			if tt.msg == "" {
				require.Nil(t, e)
				return
			}
			require.NotNil(t, e)
			assert.Equal(t, tt.path, e.Path)
			assert.Equal(t, tt.msg, e.Msg)
			assert.True(t, e.Mismatch)
			assert.Empty(t, e.Limit)
			assert.True(t, strings.HasPrefix(tt.doc[e.Offset:], tt.at), "offset %d", e.Offset)
		})
	}
}
