package vgt_test

import (
	"log/slog"
	"os"

	"github.com/virtualglobaltaskforce/vgt"
)

// The records log as groups of the few fields an operator reads, and a
// *vgt.Error as its path, value, sentinel and message.
func ExampleMember_LogValue() {
	// A handler without the time, so that the output is the same each run.
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	a := vgt.Default()
	org, _ := a.Lookup("AFP")
	m, _ := a.Member(org.ID)
	logger.Info("routing report", "member", m)

	// An error the package returns logs as its *vgt.Error's group.
	if _, err := vgt.ParseDate("2011-02-30"); err != nil {
		logger.Error("bad record", "err", err)
	}
	// Output:
	// level=INFO msg="routing report" member.id=0a3e9e66-de0d-44f8-be6e-09f21fb5f71b member.name="Australian Federal Police" member.acronym=AFP member.jurisdiction=AU
	// level=ERROR msg="bad record" err.value=2011-02-30 err.sentinel=ErrInvalidDate err.error="vgt: \"2011-02-30\": invalid date: February 2011 has 28 days"
}
