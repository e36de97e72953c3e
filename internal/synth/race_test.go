//go:build race

package synth_test

// raceEnabled is true when the race detector is on: it makes loading the
// largest documents take a minute, so TestLarge leaves them to plain runs.
const raceEnabled = true
