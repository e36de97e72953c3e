package jsonscan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/virtualglobaltaskforce/vgt/internal/jsonscan"
)

// FuzzScan checks that Scan never panics, and that with no limits it agrees
// with encoding/json: it accepts exactly the documents that json.Valid
// accepts and that have no duplicate key (found by a json.Decoder token
// walk, which decodes keys as Unmarshal does). For those, it also checks the
// depth and value-count limits against the counts of the token walk.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`{}`, `[]`, `0`, `"x"`, `{"a":1,"b":[true,false,null]}`, `{"a":1,"a":2}`,
		`{"a":1,"\u0061":2}`, `{"\ud83d\ude00":1,"😀":2}`, "{\"\xff\":1,\"\xfe\":2}",
		`[{"id":1},{"id":2,"x":{"id":3,"id":4}}]`, `{"a":[1,2,}`, `[1,2`, `"abc`, `"\u12`,
		`-0.5e-7`, `01`, `[[[[[]]]]]`, ` {"k": "v\n\"q\""} `, `[1]x`, `{"a" 1}`,
		manyKeys(20, "k3"), manyKeys(20, "z"),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := jsonscan.Scan(data, jsonscan.Limits{})
		tight := jsonscan.Scan(data, jsonscan.Limits{MaxDepth: 2, MaxStringBytes: 3, MaxValues: 5})
		for _, e := range []*jsonscan.Error{err, tight} {
			if e != nil && (e.Offset < 0 || e.Offset > int64(len(data)) || e.Msg == "") {
				t.Fatalf("bad error %#v for %q", e, data)
			}
		}
		if !json.Valid(data) {
			if err == nil {
				t.Fatalf("Scan accepts %q, which json.Valid refuses", data)
			}
			return
		}
		dup, depth, values := walk(t, data)
		if dup {
			if err == nil || err.Limit != "" || !strings.HasPrefix(err.Msg, "duplicate key ") {
				t.Fatalf("Scan(%q) = %v, want a duplicate key", data, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Scan(%q) = %v, want nil", data, err)
		}
		if e := jsonscan.Scan(data, jsonscan.Limits{MaxDepth: depth, MaxValues: values, MaxStringBytes: len(data)}); e != nil {
			t.Fatalf("Scan(%q) at its own depth %d and %d values = %v", data, depth, values, e)
		}
		if depth > 1 {
			if e := jsonscan.Scan(data, jsonscan.Limits{MaxDepth: depth - 1}); e == nil || e.Limit != jsonscan.LimitDepth {
				t.Fatalf("Scan(%q) with depth %d-1 = %v", data, depth, e)
			}
		}
		if values > 1 {
			if e := jsonscan.Scan(data, jsonscan.Limits{MaxValues: values - 1}); e == nil || e.Limit != jsonscan.LimitValues {
				t.Fatalf("Scan(%q) with %d-1 values = %v", data, values, e)
			}
		}
	})
}

// walk reads data, valid JSON, token by token, and says whether an object
// has a key twice, how deep the nesting goes and how many values there are.
func walk(t *testing.T, data []byte) (dup bool, depth, values int) {
	type level struct {
		keys    map[string]bool // nil for an array
		wantKey bool
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*level
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return dup, depth, values
		}
		if err != nil {
			t.Fatalf("token walk of %q: %v", data, err)
		}
		var top *level
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.keys != nil && top.wantKey {
			if k, ok := tok.(string); ok {
				dup = dup || top.keys[k]
				top.keys[k] = true
				top.wantKey = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			values++
			l := &level{wantKey: true}
			if tok == json.Delim('{') {
				l.keys = map[string]bool{}
			}
			stack = append(stack, l)
			depth = max(depth, len(stack))
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].wantKey = true
			}
		default:
			values++
			if top != nil {
				top.wantKey = true
			}
		}
	}
}

// fuzzDoc is the type FuzzScanSchema checks documents against.
type fuzzDoc struct {
	Name  string      `json:"name"`
	Tags  []string    `json:"tags"`
	N     int         `json:"n"`
	F     float64     `json:"f"`
	Ok    bool        `json:"ok"`
	Q     int         `json:"q,string"`
	Items []fuzzItem  `json:"items"`
	Ptr   *fuzzItem   `json:"ptr"`
	Grid  [][]float64 `json:"grid"`
	Any   any         `json:"any"`
}

type fuzzItem struct {
	ID   string    `json:"id"`
	Next *fuzzItem `json:"next"`
}

// FuzzScanSchema checks the schema's types against encoding/json: a valid
// document that Scan passes decodes into the type without a type error, and
// one that Scan reports as a mismatch has a value of the wrong type, or null
// where encoding/json takes null as nothing.
func FuzzScanSchema(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `[]`, `{"name":"a","tags":["x","y"],"n":3,"f":1.5,"ok":true,"q":"7","items":[{"id":"1","next":{"id":"2"}}],"ptr":null,"grid":[[1,2],[3]],"any":{"x":[1]}}`,
		`{"tags":"x"}`, `{"n":"3"}`, `{"items":[{"id":1}]}`, `{"grid":[[1,"2"]]}`, `{"q":7}`, `{"ok":null}`, `{"ptr":{"next":[]}}`,
		`{"n":1.5}`, `{"n":1e400}`, `{"name":null}`,
	} {
		f.Add([]byte(s))
	}
	sch := jsonscan.SchemaOf(reflect.TypeFor[fuzzDoc]())
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) || jsonscan.Scan(data, jsonscan.Limits{}) != nil {
			return // syntax and duplicate keys: FuzzScan's business
		}
		e := jsonscan.Scan(data, jsonscan.Limits{Schema: sch})
		var d fuzzDoc
		err := json.Unmarshal(data, &d)
		var te *json.UnmarshalTypeError
		typeErr := errors.As(err, &te)
		switch {
		case e == nil && typeErr:
			// A number that does not fit its Go type is a type error to
			// encoding/json and a number to the schema.
			if !strings.Contains(te.Value, "number") {
				t.Fatalf("Scan passes %q, which encoding/json refuses: %v", data, err)
			}
		case e != nil && e.Mismatch && !typeErr:
			if !bytes.HasPrefix(data[e.Offset:], []byte("null")) && err == nil {
				t.Fatalf("Scan reports %v in %q, which encoding/json decodes", e, data)
			}
		}
	})
}
