// Package jsonscan checks a JSON document, in one pass over its bytes and
// before encoding/json decodes it, for what encoding/json does not check:
//
//   - duplicate object keys: encoding/json silently keeps the last of two
//     members with one name, so {"id": "a", "id": "b"} would decode as if
//     the first had never been written;
//   - nesting depth: encoding/json refuses only documents nested deeper than
//     its own fixed 10000 levels, and offers no lower limit;
//   - string length: encoding/json has no limit on the length of a single
//     string (key or value);
//   - the number of values: encoding/json has no limit on the number of
//     array elements, members or values in a document;
//   - unknown fields, against a Schema: encoding/json refuses them only
//     through a json.Decoder, which copies its input as it reads, and it
//     matches keys to fields up to case;
//   - values of the wrong type, against a Schema: encoding/json reports
//     them with a path that has no array indices, and takes null for
//     nothing wherever it appears.
//
// Scan reports the first problem with its byte offset and the JSON path of
// the value, as in "announcements[3].changes[0].kind"; a value of the wrong
// type is reported only if the document has no other problem, so that a
// document that crosses a limit is always refused for that.
//
// Keys are compared after decoding, the way encoding/json sees them, so that
// "a" and "\u0061" are one key; a key is decoded only when its text holds a
// backslash or invalid UTF-8 (which encoding/json replaces with U+FFFD), and
// otherwise compared as the bytes of the document. Scan does not copy keys:
// it keeps their offsets, compares an object's keys linearly while it has at
// most 16 and through an open-addressing hash table beyond, and reuses its
// stacks from one call to the next, so that scanning a typical document does
// not allocate.
//
// Scan recognizes the JSON grammar as encoding/json does (RFC 8259 without
// checking UTF-8), because it must know which strings are keys; it stops at
// the first syntax error it meets and reports it with an empty Limit. Those
// reports are a by-product: encoding/json remains the authority on syntax.
package jsonscan

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits bounds a document. A zero field means no limit.
type Limits struct {
	MaxDepth       int // deepest nesting of objects and arrays; <=0 means no limit
	MaxStringBytes int // longest string (key or value), in bytes of its JSON text between the quotes; <=0 no limit
	MaxValues      int // total number of values (scalars, objects, arrays) in the document; <=0 no limit
	// FoldKeys makes keys that are equal under Unicode case folding
	// duplicates ("id" and "ID"), as they are to encoding/json when it
	// decodes into a struct: it puts both into one field, keeping the last.
	FoldKeys bool
	// Schema, if not nil, lists the keys each object may have; a key it
	// does not list is an error (with an empty Limit). See SchemaOf.
	Schema *Schema
}

// A Schema lists, for each kind of object in a document, the keys it may
// have and the type of each key's value: an object of some kind, an array
// of some type, a string, a number or a boolean. It plays the part of
// encoding/json's DisallowUnknownFields in the same pass as the limits, so
// that a document can then be decoded with json.Unmarshal, which reads its
// input once, where json.Decoder copies it; and it finds a value of the
// wrong type where encoding/json would, but reports the value's full path,
// with the index of every array element on the way, and its offset. Unlike
// encoding/json, it matches keys exactly, not up to case, and it refuses
// null wherever a typed value belongs: a document says nothing with null
// that it cannot say by leaving the key out.
type Schema struct {
	root   int32
	types  []schemaType       // type 0 is not checked
	fields []map[string]int32 // object kind: key: type of its value
}

// schemaType is the type of a value in a Schema.
type schemaType struct {
	tok  byte  // the byte its JSON text starts with: '{', '[', '"', '0' (a number), 't' (a boolean); 0 for any
	obj  int32 // for '{': the kind of object, an index in fields; 0 for an object with any keys
	elem int32 // for '[': the type of the elements
}

// SchemaOf returns the schema of the JSON documents that decode into a
// value of type t: each struct's keys are its fields' json names (or Go
// names), pointers stand for what they point to, slices and arrays are
// JSON arrays ([]byte a string, as encoding/json writes it), and strings,
// numbers and booleans are themselves (a field with the ",string" option
// a string). Values of other types (maps, interfaces, and types that
// decode themselves with UnmarshalJSON) are not checked; types that
// decode themselves with UnmarshalText are strings.
func SchemaOf(t reflect.Type) *Schema {
	sch := &Schema{types: []schemaType{{}}, fields: []map[string]int32{nil}}
	structs := map[reflect.Type]int32{}
	add := func(st schemaType) int32 {
		sch.types = append(sch.types, st)
		return int32(len(sch.types) - 1)
	}
	var typeOf func(reflect.Type) int32
	typeOf = func(t reflect.Type) int32 {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		pt := reflect.PointerTo(t)
		switch {
		case pt.Implements(jsonUnmarshaler):
			return 0
		case pt.Implements(textUnmarshaler):
			return add(schemaType{tok: '"'})
		}
		switch t.Kind() {
		case reflect.String:
			return add(schemaType{tok: '"'})
		case reflect.Bool:
			return add(schemaType{tok: 't'})
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
			reflect.Float32, reflect.Float64:
			return add(schemaType{tok: '0'})
		case reflect.Slice, reflect.Array:
			if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
				return add(schemaType{tok: '"'}) // base64
			}
			i := add(schemaType{tok: '['})
			e := typeOf(t.Elem())
			sch.types[i].elem = e
			return i
		case reflect.Struct:
		default:
			return 0
		}
		if i, ok := structs[t]; ok {
			return i
		}
		k := int32(len(sch.fields))
		sch.fields = append(sch.fields, nil)
		i := add(schemaType{tok: '{', obj: k})
		structs[t] = i
		m := map[string]int32{}
		for f := range t.Fields() {
			tag := f.Tag.Get("json")
			name, opts, _ := strings.Cut(tag, ",")
			if name == "-" && opts == "" || !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			ft := typeOf(f.Type)
			if hasOption(opts, "string") {
				switch sch.types[ft].tok {
				case '"', '0', 't':
					ft = add(schemaType{tok: '"'})
				}
			}
			m[name] = ft
		}
		sch.fields[k] = m
		return i
	}
	sch.root = typeOf(t)
	return sch
}

var (
	jsonUnmarshaler = reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()
	textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
)

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// tokName names the JSON type of a value that starts with byte c, or that
// a schemaType's tok stands for.
func tokName(c byte) string {
	switch {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	}
	return "a number"
}

// tokOf returns the tok of the value that starts with byte c.
func tokOf(c byte) byte {
	switch c {
	case '{', '[', '"', 't', 'n':
		return c
	case 'f':
		return 't'
	}
	return '0'
}

// The values of Error.Limit.
const (
	LimitDepth        = "depth"
	LimitStringLength = "string length"
	LimitValues       = "values"
)

// Error says which limit or rule a document broke and where.
type Error struct {
	// Offset is the byte offset where the problem was found: the first
	// byte of the offending value or key (its opening bracket or quote),
	// the offending byte for a syntax error, or len(data) for a document
	// that ends too soon.
	Offset int64
	// Path is the JSON path of the value, e.g.
	// "announcements[3].changes[0].kind": object keys as .key (or as
	// ["key"] where the key is not a plain name), array indexes as [i];
	// the root is "". For a duplicate key it ends with that key; for a
	// key that is too long or malformed it is the path of the object.
	Path string
	// Limit is LimitDepth, LimitStringLength or LimitValues, or "" for a
	// duplicate key, an unknown key, a value of the wrong type or a syntax
	// error.
	Limit string
	// Mismatch says that the value at Offset is not of the type the
	// Schema gives it, as in "a string where an array belongs".
	Mismatch bool
	// Msg says what is wrong, e.g. `duplicate key "id"`, "nesting deeper
	// than 64", "string longer than 4096 bytes".
	Msg string
}

// Error returns "json: ", the path (if any), the message and the offset.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("json: ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	b.WriteString(" (offset ")
	b.WriteString(strconv.FormatInt(e.Offset, 10))
	b.WriteByte(')')
	return b.String()
}

// Scan checks data, a whole JSON document, against the limits and for
// duplicate keys within any one object. It does not promise to validate
// JSON syntax fully (encoding/json does that afterwards) but never panics,
// runs in time linear in len(data), and stops at the first problem. Its
// memory is O(depth + number of keys of the objects open at one time),
// kept as offsets rather than copies: the keys of an enclosing object must
// be remembered while its members are scanned.
func Scan(data []byte, lim Limits) *Error {
	s := pool.Get().(*scanner)
	s.data = data
	s.lim = lim
	err := s.run()
	s.release()
	pool.Put(s)
	return err
}

// linearKeys is the number of keys up to which an object's keys are compared
// one by one; beyond it they go into a hash table.
const linearKeys = 16

var (
	pool = sync.Pool{New: func() any { return new(scanner) }}
	seed = maphash.MakeSeed()
)

// span locates a key: data[lo:hi], or dec[lo:hi] for a decoded key.
type span struct {
	lo, hi int
	dec    bool
}

// frame is one open object or array.
type frame struct {
	n int // array: index of the current element
	// Where the keys, the hash table and the decoded keys of an object
	// start in the scanner's shared stacks (for an array, their lengths
	// when it began). The stacks are popped back to these marks when the
	// object ends. An object adds a key only when no inner value is open,
	// so its own entries are then on top: its keys are keys[keyBase:], its
	// table (empty until it has more than linearKeys keys) table[tabBase:].
	// Below the top, an object's keys end where the next frame's begin.
	keyBase, tabBase, decBase int
	obj                       bool
	hasKey                    bool // object: its last key is that of the current member
	// typ is the schema type of the object or array; child, of an
	// object, is the type of its current member's value.
	typ, child int32
}

type scanner struct {
	data  []byte
	lim   Limits
	stack []frame
	keys  []span
	table []int // indexes into keys[keyBase:], -1 for an empty slot
	dec   []byte
}

// release drops the document and the buffers too large to keep in the pool.
func (s *scanner) release() {
	s.data = nil
	s.stack = trim(s.stack, 1<<10)
	s.keys = trim(s.keys, 1<<12)
	s.table = trim(s.table, 1<<13)
	s.dec = trim(s.dec, 1<<14)
}

func trim[T any](b []T, max int) []T {
	if cap(b) > max {
		return nil
	}
	return b[:0]
}

// Byte classes.
var (
	// strPlain holds the bytes that a string holds as they are: not '"',
	// not '\\', not a control character.
	strPlain [256]bool
	// space holds JSON whitespace.
	space [256]bool
	// name holds the bytes of a key shown as .key in a path.
	name [256]bool
)

func init() {
	for c := 0x20; c < 256; c++ {
		strPlain[c] = c != '"' && c != '\\'
	}
	for _, c := range " \t\r\n" {
		space[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		name[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		name[c] = true
		name[c-'a'+'A'] = true
	}
	name['_'] = true
	name['-'] = true
}

func (s *scanner) run() *Error {
	data := s.data
	n := len(data)
	i := 0
	var (
		c     byte
		err   *Error
		top   *frame
		start int   // where the current key starts
		want  int32 // the schema type of the value at i
		// mismatch is the first value of the wrong type, reported once
		// the document is found free of other problems.
		mismatch *Error
	)
	maxValues, maxDepth := s.lim.MaxValues, s.lim.MaxDepth
	if maxValues <= 0 {
		maxValues = math.MaxInt
	}
	if maxDepth <= 0 {
		maxDepth = math.MaxInt
	}
	values := 0
	s.stack = s.stack[:0]
	s.keys = s.keys[:0]
	s.table = s.table[:0]
	s.dec = s.dec[:0]

value: // i is where a value may start, after whitespace
	for i < n && space[data[i]] {
		i++
	}
	if i >= n {
		return s.eof()
	}
	values++
	if values > maxValues {
		return s.fail(i, LimitValues, fmt.Sprintf("more than %d values", s.lim.MaxValues))
	}
	c = data[i]
	want = 0
	if sch := s.lim.Schema; sch != nil {
		switch {
		case len(s.stack) == 0:
			want = sch.root
		case s.stack[len(s.stack)-1].obj:
			want = s.stack[len(s.stack)-1].child
		default:
			want = sch.types[s.stack[len(s.stack)-1].typ].elem
		}
		if tok := sch.types[want].tok; tok != 0 && tok != tokOf(c) && (c == '-' || c >= '0' && c <= '9' || strings.IndexByte(`{["tfn`, c) >= 0) {
			// The scan goes on, without the schema below this value, so
			// that a limit crossed later is reported as such.
			if mismatch == nil {
				mismatch = s.mismatch(i, tokName(c)+" where "+tokName(tok)+" belongs")
			}
			want = 0
		}
	}
	switch c {
	case '"':
		if i, err = s.str(i, false); err != nil {
			return err
		}
		goto after
	case '{', '[':
		if len(s.stack) >= maxDepth {
			return s.fail(i, LimitDepth, fmt.Sprintf("nesting deeper than %d", s.lim.MaxDepth))
		}
		if len(s.stack) == cap(s.stack) {
			s.stack = slices.Grow(s.stack, 1)
		}
		s.stack = s.stack[:len(s.stack)+1]
		top = &s.stack[len(s.stack)-1]
		top.typ, top.child = want, 0
		top.n = 0
		top.keyBase = len(s.keys)
		top.tabBase = len(s.table)
		top.decBase = len(s.dec)
		top.obj = c == '{'
		top.hasKey = false
		i++
		for i < n && space[data[i]] {
			i++
		}
		if i >= n {
			return s.eof()
		}
		if c == '[' {
			if data[i] == ']' {
				s.pop()
				i++
				goto after
			}
			goto value
		}
		if data[i] == '}' {
			s.pop()
			i++
			goto after
		}
		goto key
	case 't':
		if i, err = s.literal(i, "true"); err != nil {
			return err
		}
		goto after
	case 'f':
		if i, err = s.literal(i, "false"); err != nil {
			return err
		}
		goto after
	case 'n':
		if i, err = s.literal(i, "null"); err != nil {
			return err
		}
		goto after
	default:
		if c == '-' || c >= '0' && c <= '9' {
			if i, err = s.number(i); err != nil {
				return err
			}
			goto after
		}
		return s.invalid(i, "looking for beginning of value")
	}

key: // i is at the first byte after '{' or ',' and whitespace
	if data[i] != '"' {
		return s.invalid(i, "looking for beginning of object key string")
	}
	start = i
	if i, err = s.str(i, true); err != nil {
		return err
	}
	if top = &s.stack[len(s.stack)-1]; top.typ > 0 && s.lim.Schema.types[top.typ].obj > 0 {
		k := s.keys[len(s.keys)-1]
		child, ok := s.lim.Schema.fields[s.lim.Schema.types[top.typ].obj][string(s.bytes(k))]
		if !ok {
			s.keys = s.keys[:len(s.keys)-1]
			return s.unknown(start, k)
		}
		top.child = child
	}
	for i < n && space[data[i]] {
		i++
	}
	if i >= n {
		return s.eof()
	}
	if data[i] != ':' {
		return s.invalid(i, "after object key")
	}
	i++
	goto value

after: // a value ends before i
	for i < n && space[data[i]] {
		i++
	}
	if len(s.stack) == 0 {
		if i < n {
			return s.invalid(i, "after top-level value")
		}
		return mismatch
	}
	if i >= n {
		return s.eof()
	}
	top = &s.stack[len(s.stack)-1]
	switch data[i] {
	case ',':
		i++
		if top.obj {
			top.hasKey = false
			for i < n && space[data[i]] {
				i++
			}
			if i >= n {
				return s.eof()
			}
			goto key
		}
		top.n++
		goto value
	case '}':
		if top.obj {
			s.pop()
			i++
			goto after
		}
		return s.invalid(i, "after array element")
	case ']':
		if !top.obj {
			s.pop()
			i++
			goto after
		}
		return s.invalid(i, "after object key:value pair")
	}
	if top.obj {
		return s.invalid(i, "after object key:value pair")
	}
	return s.invalid(i, "after array element")
}

// pop closes the innermost object or array and frees what it held.
func (s *scanner) pop() {
	f := &s.stack[len(s.stack)-1]
	s.keys = s.keys[:f.keyBase]
	s.table = s.table[:f.tabBase]
	s.dec = s.dec[:f.decBase]
	s.stack = s.stack[:len(s.stack)-1]
}

// str scans the string whose opening quote is at i and returns the offset
// after its closing quote. For a key, it records the key in the innermost
// object, failing if the object already has it.
func (s *scanner) str(i int, isKey bool) (int, *Error) {
	data := s.data
	n := len(data)
	// stop is where the text between the quotes would exceed the limit:
	// only the closing quote may be there.
	stop := n
	if m := s.lim.MaxStringBytes; m > 0 && m < n-i-1 {
		stop = i + 1 + m
	}
	j := i + 1
	esc := false
	for {
		// Eight bytes at a time while none is special, then byte by byte.
		for j+8 <= stop {
			if m := special(binary.LittleEndian.Uint64(data[j:])); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
				break
			}
			j += 8
		}
		for j < stop && strPlain[data[j]] {
			j++
		}
		if j >= stop {
			if stop == n {
				return 0, s.eof()
			}
			if j == stop && data[j] == '"' {
				break
			}
			what := "string"
			if isKey {
				what = "key"
			}
			return 0, s.fail(i, LimitStringLength, fmt.Sprintf("%s longer than %d bytes", what, s.lim.MaxStringBytes))
		}
		c := data[j]
		if c == '"' {
			break
		}
		if c != '\\' {
			return 0, s.invalid(j, "in string literal")
		}
		esc = true
		if j+1 >= n {
			return 0, s.eof()
		}
		switch data[j+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			j += 2
		case 'u':
			j += 2
			for k := 0; k < 4; k++ {
				if j >= n {
					return 0, s.eof()
				}
				if !isHex(data[j]) {
					return 0, s.invalid(j, "in \\u hexadecimal character escape")
				}
				j++
			}
		default:
			return 0, s.invalid(j+1, "in string escape code")
		}
	}
	// data[j] is the closing quote.
	if isKey {
		if err := s.addKey(i, j, esc); err != nil {
			return 0, err
		}
	}
	return j + 1, nil
}

// special returns a word with the high bit set in the lowest byte of x that
// is '"', '\\' or a control character (and maybe in higher bytes), or 0 if
// there is none.
func special(x uint64) uint64 {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	q := x ^ (ones * '"')
	b := x ^ (ones * '\\')
	return ((x - ones*0x20) | (q - ones) | (b - ones)) & ^x & highs
}

// addKey records the key whose text is data[lo+1:hi] in the innermost
// object, failing if the object already has it. esc says whether the text
// holds an escape.
func (s *scanner) addKey(lo, hi int, esc bool) *Error {
	f := &s.stack[len(s.stack)-1]
	raw := s.data[lo+1 : hi]
	k := span{lo: lo + 1, hi: hi}
	if !esc {
		var or byte
		for _, c := range raw {
			or |= c
		}
		esc = or >= utf8.RuneSelf && !utf8.Valid(raw)
	}
	if esc {
		// Decode as encoding/json does, escapes and invalid UTF-8.
		d := len(s.dec)
		s.dec = appendUnquote(s.dec, raw)
		k = span{lo: d, hi: len(s.dec), dec: true}
	}
	f.hasKey = true
	kb := s.bytes(k)
	keys := s.keys[f.keyBase:]
	tabLen := len(s.table) - f.tabBase
	if tabLen == 0 && len(keys) < linearKeys {
		for _, e := range keys {
			if s.sameKey(s.bytes(e), kb) {
				return s.duplicate(lo, k)
			}
		}
		s.keys = append(s.keys, k)
		return nil
	}
	if 2*(len(keys)+1) > tabLen {
		// At most half full, so that probes stay short.
		tabLen = max(64, 2*tabLen)
		s.rehash(f, tabLen)
	}
	tab := s.table[f.tabBase:]
	mask := uint64(tabLen - 1)
	for h := s.hash(kb) & mask; ; h = (h + 1) & mask {
		e := tab[h]
		if e < 0 {
			tab[h] = len(keys)
			s.keys = append(s.keys, k)
			return nil
		}
		if s.sameKey(s.bytes(keys[e]), kb) {
			return s.duplicate(lo, k)
		}
	}
}

// rehash gives the object f, whose table is on top of s.table, a table of
// size slots (a power of two) holding its keys.
func (s *scanner) rehash(f *frame, size int) {
	s.table = slices.Grow(s.table[:f.tabBase], size)[:f.tabBase+size]
	tab := s.table[f.tabBase:]
	for j := range tab {
		tab[j] = -1
	}
	mask := uint64(size - 1)
	for e, k := range s.keys[f.keyBase:] {
		h := s.hash(s.bytes(k)) & mask
		for tab[h] >= 0 {
			h = (h + 1) & mask
		}
		tab[h] = e
	}
}

// sameKey reports whether two keys are the same key: equal, or with
// FoldKeys, equal under Unicode case folding.
func (s *scanner) sameKey(a, b []byte) bool {
	if s.lim.FoldKeys {
		return bytes.EqualFold(a, b)
	}
	return len(a) == len(b) && bytes.Equal(a, b)
}

// hash hashes a key for the table; with FoldKeys, keys equal under case
// folding hash alike, each rune standing for the least rune of its folding
// orbit (K, k and the Kelvin sign all as K).
func (s *scanner) hash(k []byte) uint64 {
	if !s.lim.FoldKeys {
		return maphash.Bytes(seed, k)
	}
	var h maphash.Hash
	h.SetSeed(seed)
	for i := 0; i < len(k); {
		r, n := utf8.DecodeRune(k[i:])
		i += n
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		var buf [utf8.UTFMax]byte
		h.Write(buf[:utf8.EncodeRune(buf[:], least)])
	}
	return h.Sum64()
}

func (s *scanner) bytes(k span) []byte {
	if k.dec {
		return s.dec[k.lo:k.hi]
	}
	return s.data[k.lo:k.hi]
}

// number scans the number that starts at i and returns the offset after it.
func (s *scanner) number(i int) (int, *Error) {
	data := s.data
	n := len(data)
	if data[i] == '-' {
		i++
		if i >= n {
			return 0, s.eof()
		}
	}
	switch c := data[i]; {
	case c == '0':
		i++
	case c >= '1' && c <= '9':
		i++
		for i < n && isDigit(data[i]) {
			i++
		}
	default:
		return 0, s.invalid(i, "in numeric literal")
	}
	if i < n && data[i] == '.' {
		i++
		if i >= n {
			return 0, s.eof()
		}
		if !isDigit(data[i]) {
			return 0, s.invalid(i, "after decimal point in numeric literal")
		}
		for i < n && isDigit(data[i]) {
			i++
		}
	}
	if i < n && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < n && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= n {
			return 0, s.eof()
		}
		if !isDigit(data[i]) {
			return 0, s.invalid(i, "in exponent of numeric literal")
		}
		for i < n && isDigit(data[i]) {
			i++
		}
	}
	return i, nil
}

// literal scans lit (true, false or null) at i.
func (s *scanner) literal(i int, lit string) (int, *Error) {
	for k := 0; k < len(lit); k++ {
		if i+k >= len(s.data) {
			return 0, s.eof()
		}
		if s.data[i+k] != lit[k] {
			return 0, s.invalid(i+k, "in literal "+lit+" (expecting "+strconv.QuoteRune(rune(lit[k]))+")")
		}
	}
	return i + len(lit), nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// Errors. They are built only when a problem is found.

// fail returns an error at offset i, at the path of the current value, or
// of the innermost object while a key is awaited or being read.
func (s *scanner) fail(i int, limit, msg string) *Error {
	return &Error{Offset: int64(i), Path: s.path(), Limit: limit, Msg: msg}
}

func (s *scanner) eof() *Error {
	return s.fail(len(s.data), "", "unexpected end of JSON input")
}

func (s *scanner) invalid(i int, context string) *Error {
	return s.fail(i, "", "invalid character "+quoteChar(s.data[i])+" "+context)
}

// mismatch reports the value at i, whose type is not the schema's.
func (s *scanner) mismatch(i int, msg string) *Error {
	e := s.fail(i, "", msg)
	e.Mismatch = true
	return e
}

// duplicate reports the key k, found again at i.
func (s *scanner) duplicate(i int, k span) *Error {
	s.keys = append(s.keys, k) // for the path
	return s.fail(i, "", "duplicate key "+strconv.Quote(shorten(s.bytes(k))))
}

// unknown reports key k, which the schema does not list for its object.
func (s *scanner) unknown(i int, k span) *Error {
	s.keys = append(s.keys, k) // for the path
	return s.fail(i, "", "unknown field "+strconv.Quote(shorten(s.bytes(k))))
}

// maxShown is the longest key, in bytes, shown whole in a path or message.
const maxShown = 100

// shorten returns key, cut to about maxShown bytes on a rune boundary.
func shorten(key []byte) string {
	if len(key) <= maxShown {
		return string(key)
	}
	k := maxShown
	for k > 0 && !utf8.RuneStart(key[k]) {
		k--
	}
	return string(key[:k]) + "…"
}

// path renders the JSON path of the current value.
func (s *scanner) path() string {
	var b []byte
	for d, f := range s.stack {
		switch {
		case !f.obj:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(f.n), 10)
			b = append(b, ']')
		case f.hasKey:
			end := len(s.keys)
			if d+1 < len(s.stack) {
				end = s.stack[d+1].keyBase
			}
			key := s.bytes(s.keys[end-1])
			plain := len(key) > 0 && len(key) <= maxShown
			for _, c := range key {
				plain = plain && name[c]
			}
			if plain {
				if len(b) > 0 {
					b = append(b, '.')
				}
				b = append(b, key...)
			} else {
				b = append(b, '[')
				b = strconv.AppendQuote(b, shorten(key))
				b = append(b, ']')
			}
		}
	}
	return string(b)
}

// quoteChar formats c as encoding/json does in its syntax errors.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(c))
	return "'" + s[1:len(s)-1] + "'"
}

// appendUnquote appends the decoded form of raw, the text of a string that
// str accepted, as encoding/json decodes it: escapes resolved, unpaired
// surrogates and invalid UTF-8 replaced by U+FFFD.
func appendUnquote(dst, raw []byte) []byte {
	for r := 0; r < len(raw); {
		c := raw[r]
		switch {
		case c == '\\':
			switch raw[r+1] {
			case 'b':
				dst = append(dst, '\b')
			case 'f':
				dst = append(dst, '\f')
			case 'n':
				dst = append(dst, '\n')
			case 'r':
				dst = append(dst, '\r')
			case 't':
				dst = append(dst, '\t')
			case 'u':
				rr := getu4(raw[r:])
				r += 6
				if utf16.IsSurrogate(rr) {
					if d := utf16.DecodeRune(rr, getu4(raw[r:])); d != unicode.ReplacementChar {
						r += 6
						dst = utf8.AppendRune(dst, d)
						continue
					}
					rr = unicode.ReplacementChar
				}
				dst = utf8.AppendRune(dst, rr)
				continue
			default: // '"', '\\', '/'
				dst = append(dst, raw[r+1])
			}
			r += 2
		case c < utf8.RuneSelf:
			dst = append(dst, c)
			r++
		default:
			rr, size := utf8.DecodeRune(raw[r:])
			r += size
			dst = utf8.AppendRune(dst, rr)
		}
	}
	return dst
}

// getu4 decodes the \uXXXX escape at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
