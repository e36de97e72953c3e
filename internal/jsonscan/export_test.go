package jsonscan

// Special exposes special to the tests.
var Special = special
