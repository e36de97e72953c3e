package roster

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/unicode/bidi"

	"github.com/virtualglobaltaskforce/vgt"
)

// A Span is a run of text on the roster: a name, a date, or words of the
// page's language between them.
type Span struct {
	// Text is the text itself, unescaped.
	Text string
	// Dir is "ltr" or "rtl" where the span must be isolated from the text
	// around it, and empty where it takes the page's direction. A name is
	// isolated where its direction, taken from its first strong letter
	// (Unicode's rule for FSI), differs from the page's: an English name
	// on an Arabic page, an Arabic one on an English page.
	Dir string
	// Fixed marks a span whose direction is that of its kind, not of its
	// letters: an EDTF date has no letters ("[2011-03..2011-04]"), and on
	// a right-to-left page it must still read left to right.
	Fixed bool
}

// A Line is text made of spans, such as a sentence of the page's language
// with names and dates in it.
type Line []Span

// The isolates of Unicode's bidirectional algorithm (UAX #9).
const (
	lri = '\u2066' // left-to-right isolate
	rli = '\u2067' // right-to-left isolate
	fsi = '\u2068' // first-strong isolate: the direction of the first strong letter
	pdi = '\u2069' // pop directional isolate
)

// String returns the line as plain text, with each isolated span between
// Unicode isolates: FSI ... PDI for a name, whose first strong letter
// gives its direction, and LRI (or RLI) ... PDI for a date, which has no
// letters to give one.
func (l Line) String() string {
	var b strings.Builder
	for _, s := range l {
		switch {
		case s.Dir == "":
			b.WriteString(s.Text)
			continue
		case !s.Fixed:
			b.WriteRune(fsi)
		case s.Dir == "rtl":
			b.WriteRune(rli)
		default:
			b.WriteRune(lri)
		}
		b.WriteString(s.Text)
		b.WriteRune(pdi)
	}
	return b.String()
}

// Plain returns the line's text without isolates.
func (l Line) Plain() string {
	var b strings.Builder
	for _, s := range l {
		b.WriteString(s.Text)
	}
	return b.String()
}

// direction returns "ltr" or "rtl" after the first strong letter of s, as
// FSI and HTML's dir=auto take it, or "" where s has none.
func direction(s string) string {
	for _, r := range s {
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.L:
			return "ltr"
		case bidi.R, bidi.AL:
			return "rtl"
		}
	}
	return ""
}

// pageDirection returns the direction of text in language t: "rtl" for a
// language written in a right-to-left script.
func pageDirection(t language.Tag) string {
	script, _ := t.Script()
	switch script.String() {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr":
		return "rtl"
	}
	return "ltr"
}

// speller composes the page's text in one language: its words from the
// catalog, with names and dates isolated as the page's direction needs.
type speller struct {
	tag language.Tag
	dir string
	p   *message.Printer
}

func newSpeller(t language.Tag) *speller {
	return &speller{tag: t, dir: pageDirection(t), p: printer(t)}
}

// word returns a message without arguments.
func (s *speller) word(key string) string { return s.p.Sprintf(key) }

// name returns a span of a name, isolated where its direction differs
// from the page's.
func (s *speller) name(text string) Span {
	if d := direction(text); d != "" && d != s.dir {
		return Span{Text: text, Dir: d}
	}
	return Span{Text: text}
}

// date returns a span of a date in its EDTF form, isolated left to right
// on a right-to-left page.
func (s *speller) date(d fmt.Stringer) Span {
	if s.dir == "rtl" {
		return Span{Text: d.String(), Dir: "ltr", Fixed: true}
	}
	return Span{Text: d.String()}
}

// line formats message key with args. A Span or Line argument stands for
// a %s verb and keeps its isolation; other arguments are formatted by the
// printer, numbers in the language's digits.
func (s *speller) line(key string, args ...any) Line {
	// Each span argument is replaced by a private-use rune that no
	// message contains, and the formatted text is cut at those runes.
	var parts []Line
	fargs := make([]any, len(args))
	for i, a := range args {
		switch a := a.(type) {
		case Span:
			fargs[i] = string(rune(0xE000 + len(parts)))
			parts = append(parts, Line{a})
		case Line:
			fargs[i] = string(rune(0xE000 + len(parts)))
			parts = append(parts, a)
		default:
			fargs[i] = a
		}
	}
	text := s.p.Sprintf(key, fargs...)
	var l Line
	start := 0
	for i, r := range text {
		if r < 0xE000 || int(r-0xE000) >= len(parts) {
			continue
		}
		if start < i {
			l = append(l, Span{Text: text[start:i]})
		}
		l = append(l, parts[r-0xE000]...)
		start = i + len(string(r))
	}
	if start < len(text) {
		l = append(l, Span{Text: text[start:]})
	}
	return l
}

// count returns vgt.Count's words for n things.
func (s *speller) count(n int, what vgt.Counted) string { return vgt.Count(s.tag, n, what) }
