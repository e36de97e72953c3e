package safetext

import (
	"strings"
	"unicode/utf8"
)

// Punycode (RFC 3492) turns the A-labels of internationalized domain names
// (xn--bcher-kva) into their Unicode form (bücher) and back. It is written
// here because golang.org/x/text has no IDNA and golang.org/x/net/idna is not
// a dependency of this module; CheckHost needs only the bare algorithm, as
// it applies its own rules to the labels, and encodes each decoded label
// again to refuse every encoding but the canonical one.

// Parameters of Punycode for IDNA (RFC 3492 §5).
const (
	pcBase        = 36
	pcTMin        = 1
	pcTMax        = 26
	pcSkew        = 38
	pcDamp        = 700
	pcInitialBias = 72
	pcInitialN    = 0x80
	// pcMaxInt bounds the arithmetic, so that no input can overflow it.
	pcMaxInt = 1<<31 - 1
)

// pcAdapt is the bias adaptation function of RFC 3492 §6.1.
func pcAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > (pcBase-pcTMin)*pcTMax/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}

// pcThreshold is t of RFC 3492 §6.2 for the digit position k.
func pcThreshold(k, bias int) int {
	return min(max(k-bias, pcTMin), pcTMax)
}

// decodePunycode decodes the part of an A-label after "xn--", in lower
// case, as RFC 3492 §6.2 does, and reports whether it is valid.
func decodePunycode(s string) (string, bool) {
	var out []rune
	rest := s
	if b := strings.LastIndexByte(s, '-'); b >= 0 {
		for i := 0; i < b; i++ {
			if s[i] >= utf8.RuneSelf {
				return "", false
			}
			out = append(out, rune(s[i]))
		}
		rest = s[b+1:]
	}
	n, i, bias := pcInitialN, 0, pcInitialBias
	for pos := 0; pos < len(rest); {
		oldi, w := i, 1
		for k := pcBase; ; k += pcBase {
			if pos >= len(rest) {
				return "", false
			}
			digit := pcDigitValue(rest[pos])
			pos++
			if digit < 0 || digit > (pcMaxInt-i)/w {
				return "", false
			}
			i += digit * w
			t := pcThreshold(k, bias)
			if digit < t {
				break
			}
			if w > pcMaxInt/(pcBase-t) {
				return "", false
			}
			w *= pcBase - t
		}
		count := len(out) + 1
		bias = pcAdapt(i-oldi, count, oldi == 0)
		if i/count > pcMaxInt-n {
			return "", false
		}
		n += i / count
		i %= count
		if n < pcInitialN || !utf8.ValidRune(rune(n)) {
			return "", false
		}
		out = append(out, 0)
		copy(out[i+1:], out[i:])
		out[i] = rune(n)
		i++
	}
	return string(out), true
}

// encodePunycode encodes a label as RFC 3492 §6.3 does, without the "xn--"
// prefix, and reports whether it could.
func encodePunycode(label string) (string, bool) {
	if !utf8.ValidString(label) {
		return "", false
	}
	rs := []rune(label)
	var out []byte
	for _, r := range rs {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
		}
	}
	b := len(out)
	h := b
	if b > 0 {
		out = append(out, '-')
	}
	n, delta, bias := pcInitialN, 0, pcInitialBias
	for h < len(rs) {
		m := rune(pcMaxInt)
		for _, r := range rs {
			if int(r) >= n && r < m {
				m = r
			}
		}
		if (int(m) - n) > (pcMaxInt-delta)/(h+1) {
			return "", false
		}
		delta += (int(m) - n) * (h + 1)
		n = int(m)
		for _, r := range rs {
			if int(r) < n {
				if delta++; delta > pcMaxInt-1 {
					return "", false
				}
			}
			if int(r) != n {
				continue
			}
			q := delta
			for k := pcBase; ; k += pcBase {
				t := pcThreshold(k, bias)
				if q < t {
					break
				}
				out = append(out, pcDigit(t+(q-t)%(pcBase-t)))
				q = (q - t) / (pcBase - t)
			}
			out = append(out, pcDigit(q))
			bias = pcAdapt(delta, h+1, h == b)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return string(out), true
}

// pcDigitValue returns the value of a Punycode digit in lower case, or -1.
func pcDigitValue(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	case '0' <= c && c <= '9':
		return int(c-'0') + 26
	}
	return -1
}

func pcDigit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}
