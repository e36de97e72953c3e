package safetext

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file holds the mixed-script rule. golang.org/x/text has no
// confusables data (Unicode TS #39), so the rule is the package's own: it
// applies the "Highly Restrictive" level of TS #39 §5.2 to each word rather
// than to the whole text, so that "Ministère de l'Intérieur (МВД России)"
// passes while INTERPОL, with a Cyrillic О, does not.

// Script IDs with a fixed value: the scripts that the allowed combinations
// name, and the most frequent ones, which are looked up first.
const (
	latin = iota
	han
	hiragana
	katakana
	bopomofo
	hangul
	cyrillic
	greek
	arabic
	hebrew
)

// scriptTable pairs a script's name with its table; its index is the script ID.
type scriptTable struct {
	name  string
	table *unicode.RangeTable
}

// scripts holds every script of Go's unicode tables except Common and
// Inherited, whose runes belong to no script for this rule. It is built once
// and never changed.
var scripts = func() []scriptTable {
	first := []string{"Latin", "Han", "Hiragana", "Katakana", "Bopomofo", "Hangul", "Cyrillic", "Greek", "Arabic", "Hebrew"}
	var rest []string
	for name := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && !slices.Contains(first, name) {
			rest = append(rest, name)
		}
	}
	slices.Sort(rest)
	var t []scriptTable
	for _, name := range append(first, rest...) {
		t = append(t, scriptTable{name, unicode.Scripts[name]})
	}
	return t
}()

// scriptOf returns the script ID of r, or -1 if r is Common, Inherited or
// unassigned.
func scriptOf(r rune) int {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return latin
		}
		return -1
	}
	for id, s := range scripts {
		if unicode.Is(s.table, r) {
			return id
		}
	}
	return -1
}

// maxScripts is the largest number of scripts an allowed combination has
// (Latin, Han, Hiragana, Katakana); a word with more is always mixed.
const maxScripts = 4

// scriptUse records how one script is used in a word.
type scriptUse struct {
	id    int
	count int  // runes of the script in the word
	pos   int  // byte offset of the first of them
	r     rune // the first of them
}

// word collects the scripts of the word being read. Its zero value is an
// empty word.
type word struct {
	uses [maxScripts]scriptUse
	n    int
}

// add records the word rune r at byte offset pos. It reports a problem at
// once when the word already has as many scripts as an allowed combination
// can have and r brings another one.
func (w *word) add(pos int, r rune, id int) *Problem {
	if id < 0 {
		return nil
	}
	for k := range w.n {
		if w.uses[k].id == id {
			w.uses[k].count++
			return nil
		}
	}
	if w.n == maxScripts {
		main := w.main()
		*w = word{}
		return mixedProblem(scriptUse{id: id, count: 1, pos: pos, r: r}, main)
	}
	w.uses[w.n] = scriptUse{id: id, count: 1, pos: pos, r: r}
	w.n++
	return nil
}

// end finishes the word, reports a problem if its scripts do not go
// together, and leaves w empty for the next word.
func (w *word) end() *Problem {
	defer func() { *w = word{} }()
	if w.n <= 1 || allowedCombination(w.uses[:w.n]) {
		return nil
	}
	main := w.main()
	// The offender is the earliest rune of a script that cannot go with the
	// main script at all; failing that (each goes with the main script, but
	// not all together), the first rune of the least used script.
	var off *scriptUse
	for k := range w.n {
		u := &w.uses[k]
		if u.id != main.id && !allowedCombination([]scriptUse{main, *u}) && (off == nil || u.pos < off.pos) {
			off = u
		}
	}
	if off == nil {
		for k := range w.n {
			u := &w.uses[k]
			if u.id != main.id && (off == nil || u.count < off.count || u.count == off.count && u.pos > off.pos) {
				off = u
			}
		}
	}
	return mixedProblem(*off, main)
}

// main returns the script with the most runes in the word, the earliest on a
// tie, which the reader takes for the script of the word.
func (w *word) main() scriptUse {
	m := w.uses[0]
	for _, u := range w.uses[1:w.n] {
		if u.count > m.count {
			m = u
		}
	}
	return m
}

// allowedCombination reports whether scripts may share a word: the Highly
// Restrictive sets of Unicode TS #39 §5.2, which are Latin + Han + Hiragana +
// Katakana, Latin + Han + Bopomofo and Latin + Han + Hangul, and their subsets.
func allowedCombination(uses []scriptUse) bool {
	var set uint
	for _, u := range uses {
		if u.id > hangul {
			return len(uses) == 1
		}
		set |= 1 << u.id
	}
	for _, ok := range []uint{
		1<<latin | 1<<han | 1<<hiragana | 1<<katakana,
		1<<latin | 1<<han | 1<<bopomofo,
		1<<latin | 1<<han | 1<<hangul,
	} {
		if set&^ok == 0 {
			return true
		}
	}
	return false
}

func mixedProblem(off, main scriptUse) *Problem {
	kind := "letter"
	switch {
	case unicode.Is(unicode.M, off.r):
		kind = "mark"
	case unicode.Is(unicode.N, off.r):
		kind = "digit"
	}
	return &Problem{
		Pos:    off.pos,
		Rune:   off.r,
		Reason: fmt.Sprintf("%s %s %U in a %s word", scripts[off.id].name, kind, off.r, scripts[main.id].name),
	}
}
