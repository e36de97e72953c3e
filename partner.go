package vgt

import (
	"iter"
	"slices"
)

// A PartnerCategory is the category under which the alliance admitted a
// partner.
type PartnerCategory uint8

// The partner categories. The zero PartnerCategory is unset.
const (
	// PartnerCategoryIndustry is a company or an industry body, such as
	// PayPal or Microsoft. The sources' own words for a partner often
	// differ from what it is: the 2011 announcement calls ECPAT
	// International, INHOPE and ICMEC, all non-governmental, "private
	// industry partners". The record files each partner under what it is
	// and keeps the source's words beside the category (Membership.Words,
	// Change.Words); "private industry" and "private sector" parse to this
	// category for documents that have only the words.
	PartnerCategoryIndustry PartnerCategory = iota + 1
	// PartnerCategoryNonGovernmental is a non-governmental organization:
	// a charity, a network of hotlines, a child-protection body.
	PartnerCategoryNonGovernmental
	// PartnerCategoryAcademic is a university or research institute.
	PartnerCategoryAcademic
)

var partnerCategoryNames = []string{"", "industry", "nonGovernmental", "academic"}

var partnerCategoryAliases = map[string]PartnerCategory{
	"private industry": PartnerCategoryIndustry,
	"private sector":   PartnerCategoryIndustry,
	"privateSector":    PartnerCategoryIndustry,
	"ngo":              PartnerCategoryNonGovernmental,
}

// String returns the text form of c ("industry", ...), the empty string for
// the zero PartnerCategory, and "PartnerCategory(n)" for a value out of
// range. ParsePartnerCategory is its inverse.
func (c PartnerCategory) String() string {
	return enumString("PartnerCategory", partnerCategoryNames, c)
}

// MarshalText implements encoding.TextMarshaler.
func (c PartnerCategory) MarshalText() ([]byte, error) {
	return enumMarshal("PartnerCategory", partnerCategoryNames, c)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero PartnerCategory.
func (c *PartnerCategory) UnmarshalText(text []byte) error {
	return enumUnmarshal("partner category", partnerCategoryNames, partnerCategoryAliases, text, c)
}

// ParsePartnerCategory returns the category whose text form is s. It also
// accepts the terms the sources use: "private industry" and "private
// sector" for Industry, "ngo" for NonGovernmental.
func ParsePartnerCategory(s string) (PartnerCategory, error) {
	return enumParse("partner category", partnerCategoryNames, partnerCategoryAliases, s)
}

// A Partner is a private-sector or non-governmental organization that works
// with the alliance, or did.
type Partner struct {
	Organization
	// Category is the category of the partner's latest partnership.
	Category PartnerCategory

	partnerships []Membership
}

// Partnerships returns the partner's periods of partnership, oldest first.
func (p Partner) Partnerships() iter.Seq[Membership] { return slices.Values(p.partnerships) }

// Partnership returns the partner's latest period of partnership.
func (p Partner) Partnership() Membership { return latest(p.partnerships) }
