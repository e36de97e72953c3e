package safetext

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/virtualglobaltaskforce/vgt/internal/confusable"
)

// Limits of the Domain Name System (RFC 1035), counted in the ASCII form
// of the name, where each internationalized label is an A-label.
const (
	maxHostBytes  = 253
	maxLabelBytes = 63
)

// CheckHost reports the first reason why host, the host of a URL, is not a
// safe domain name, or nil if it is. It never panics, whatever host holds.
//
// The host is split at its dots (one final dot is allowed), and each label
// must be either
//
//   - an ASCII label of letters, digits and inner hyphens, with no "--" in
//     its third and fourth places (reserved by IDNA) unless it starts with
//     "xn--"; or
//   - an internationalized label, as Unicode (a U-label) or as Punycode
//     after "xn--" (an A-label, decoded here and required to be the
//     canonical encoding of what it decodes to), which passes [CheckName]
//     (so its runes are visible, NFC and Highly Restrictive: one script, or
//     Latin with Han, kana, Bopomofo or Hangul), holds only letters, marks,
//     digits and inner hyphens, none of them a full- or half-width form,
//     and is not a whole-script lookalike of an ASCII label: a label whose
//     confusable skeleton (Unicode TS #39 §4), in lower or in upper case, is
//     all ASCII letters, digits and hyphens, such as "аррӏе" in Cyrillic for
//     "apple", is refused, since a reader sees the ASCII name. A Cyrillic or
//     Greek label that happens to use only such letters is refused with it.
//
// The host is at most 253 bytes and each label at most 63 in their ASCII
// form. CheckHost checks domain names only: callers recognise IP addresses
// (net/netip) first. It does not apply the bidirectional rules of RFC 5893.
//
// A Problem's Pos is a byte offset in host. For a rune of an A-label, which
// host holds only as Punycode, Pos is the start of the label, Rune the rune
// of the decoded label, and the Reason quotes the decoded label.
func CheckHost(host string) *Problem {
	if host == "" {
		return &Problem{Reason: "empty host"}
	}
	if len(host) > 4*maxHostBytes {
		return tooLong(host, 4*maxHostBytes) // Too long in any form.
	}
	name := strings.TrimSuffix(host, ".")
	total := 0
	for off := 0; off <= len(name); {
		end := strings.IndexByte(name[off:], '.')
		if end < 0 {
			end = len(name) - off
		}
		label := name[off : off+end]
		n, p := checkLabel(label, off)
		if p != nil {
			return p
		}
		total += n + 1
		if total-1 > maxHostBytes {
			return &Problem{Pos: off, Rune: firstRune(label), Reason: fmt.Sprintf("host longer than %d bytes in ASCII form", maxHostBytes)}
		}
		off += end + 1
	}
	return nil
}

// checkLabel checks one label, which starts at byte off of the host, and
// returns the length of its ASCII form.
func checkLabel(label string, off int) (int, *Problem) {
	if label == "" {
		return 0, &Problem{Pos: off, Rune: '.', Reason: "empty label"}
	}
	ascii := true
	for i := 0; i < len(label); i++ {
		if label[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		a, ok := encodePunycode(label)
		if !ok {
			return 0, &Problem{Pos: off, Rune: firstRune(label), Reason: "label that cannot be encoded as Punycode"}
		}
		if p := checkULabel(label, off, ""); p != nil {
			return 0, p
		}
		if n := len("xn--") + len(a); n > maxLabelBytes {
			return 0, &Problem{Pos: off, Rune: firstRune(label), Reason: fmt.Sprintf("label longer than %d bytes as xn--%s", maxLabelBytes, a)}
		}
		return len("xn--") + len(a), nil
	}
	if len(label) > maxLabelBytes {
		return 0, &Problem{Pos: off + maxLabelBytes, Rune: rune(label[maxLabelBytes]), Reason: fmt.Sprintf("label longer than %d bytes", maxLabelBytes)}
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z', '0' <= c && c <= '9':
		case c == '-' && i > 0 && i < len(label)-1:
		case c == '-':
			return 0, &Problem{Pos: off + i, Rune: '-', Reason: "hyphen at the start or end of a label"}
		default:
			return 0, &Problem{Pos: off + i, Rune: rune(c), Reason: fmt.Sprintf("%q in a host label (only letters, digits and hyphens)", c)}
		}
	}
	if len(label) < 4 || label[2:4] != "--" {
		return len(label), nil
	}
	lower := strings.ToLower(label)
	if !strings.HasPrefix(lower, "xn--") {
		return 0, &Problem{Pos: off + 2, Rune: '-', Reason: "reserved label (hyphens in the third and fourth places)"}
	}
	u, ok := decodePunycode(lower[len("xn--"):])
	if !ok {
		return 0, &Problem{Pos: off, Rune: rune(label[0]), Reason: fmt.Sprintf("invalid Punycode in label %q", label)}
	}
	if a, ok := encodePunycode(u); !ok || a != lower[len("xn--"):] {
		return 0, &Problem{Pos: off, Rune: rune(label[0]), Reason: fmt.Sprintf("label %q is not the canonical Punycode of %q", label, u)}
	}
	if p := checkULabel(u, off, label); p != nil {
		return 0, p
	}
	return len(label), nil
}

// checkULabel checks the Unicode form u of a label that starts at byte off
// of the host; alabel is its Punycode form as the host holds it, or empty
// if the host holds u itself.
func checkULabel(u string, off int, alabel string) *Problem {
	at := func(i int, r rune, reason string) *Problem {
		if alabel != "" {
			return &Problem{Pos: off, Rune: r, Reason: fmt.Sprintf("%s in %s (%q)", reason, alabel, u)}
		}
		return &Problem{Pos: off + i, Rune: r, Reason: reason}
	}
	if p := CheckName(u, len(u)); p != nil {
		return at(p.Pos, p.Rune, p.Reason)
	}
	for i, r := range u {
		switch {
		case r == '-' && i > 0 && i < len(u)-1:
		case r == '-':
			return at(i, r, "hyphen at the start or end of a label")
		case !unicode.In(r, unicode.L, unicode.M, unicode.N):
			return at(i, r, fmt.Sprintf("%U in a host label (only letters, marks, digits and hyphens)", r))
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianFullwidth, width.EastAsianHalfwidth:
			return at(i, r, fmt.Sprintf("full- or half-width form %U in a host label", r))
		}
	}
	for _, v := range []string{strings.ToLower(u), strings.ToUpper(u)} {
		if sk := confusable.Skeleton(v); isLDH(sk) {
			return at(0, firstRune(u), fmt.Sprintf("label %q is a lookalike of an ASCII label (skeleton %q)", u, sk))
		}
	}
	return nil
}

// isLDH reports whether s is made of ASCII letters, digits and hyphens.
func isLDH(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return s != ""
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
