package synth

// Bases returns every text the generator numbers to make a name, and
// Acronyms every acronym prefix, for the tests to check.
func Bases() (bases, acronyms []string) {
	add := func(t template) {
		for _, s := range []string{t.name, t.en, t.short} {
			if s != "" {
				bases = append(bases, s)
			}
		}
		acronyms = append(acronyms, t.acro)
	}
	for _, ts := range agencies {
		for _, t := range ts {
			add(t)
		}
	}
	for _, ts := range internationals {
		for _, t := range ts {
			add(t)
		}
	}
	for _, t := range partners {
		add(t)
	}
	return bases, acronyms
}

// Texts returns every other fixed text the generator writes: weak aliases,
// people's names and parts of them, titles, publishers, quotes.
func Texts() []string {
	var out []string
	out = append(out, weakAliases[:]...)
	out = append(out, latinGiven...)
	out = append(out, latinFamily...)
	out = append(out, otherPeople...)
	out = append(out, updateTitles[:]...)
	out = append(out, publishers[:]...)
	out = append(out, quoteTexts[:]...)
	out = append(out, capacities[:]...)
	for _, t := range joinTitles {
		if t[1] != "" {
			out = append(out, "Name 1"+t[1]) // as written after a name
		}
	}
	var kept []string
	for _, s := range out {
		if s != "" {
			kept = append(kept, s)
		}
	}
	return kept
}

// Codes returns the jurisdiction codes the generator uses.
func Codes() []string {
	out := []string{"EU", "001"}
	for _, j := range jurisdictions {
		out = append(out, j.code)
	}
	return out
}
