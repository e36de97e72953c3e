package vgt

import "strconv"

// A path locates a value in a document or a Go value, as in
// announcements[0].changes[2].effective. Each step is a small value on the
// caller's stack that points to its parent, and the text is built only when
// an error needs it, so that validating a large document that has no errors
// builds no strings.
type path struct {
	parent *path
	name   string // a field; empty for an element of a list
	index  int    // an element's index
}

// field returns the path of field name of the value at p.
func (p *path) field(name string) path { return path{parent: p, name: name} }

// elem returns the path of element i of the list at p.
func (p *path) elem(i int) path { return path{parent: p, index: i} }

// String returns the path as text: "" for the root.
func (p *path) String() string { return string(p.appendTo(nil)) }

func (p *path) appendTo(b []byte) []byte {
	if p == nil || p.parent == nil && p.name == "" {
		return b
	}
	b = p.parent.appendTo(b)
	if p.name == "" {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(p.index), 10)
		return append(b, ']')
	}
	if len(b) > 0 {
		b = append(b, '.')
	}
	return append(b, p.name...)
}

// rootPath returns the path of a top-level field, or the empty path for "".
func rootPath(name string) path { return path{name: name} }

// at returns the text of the path of field name of the value at p.
func (p *path) at(name string) string {
	f := p.field(name)
	return f.String()
}

// pathOf returns the text of the path of field name of element i of the
// list at p.
func pathOf(p path, i int, name string) string {
	e := p.elem(i)
	return e.at(name)
}
