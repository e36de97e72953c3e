package jsonscan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
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
