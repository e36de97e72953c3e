package vgt

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSentinelNames checks that sentinelNames (slog.go) names the
// sentinels that sentinels (errors.go) lists, in its order, and that
// sentinels lists every sentinel the package declares: a sentinel added
// to one and not the other fails here, not as a wrong name in a log.
func TestSentinelNames(t *testing.T) {
	var listed, declared []string
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					switch v := vs.Values[i].(type) {
					case *ast.CompositeLit:
						if n.Name != "sentinels" {
							continue
						}
						for _, e := range v.Elts {
							id, ok := e.(*ast.Ident)
							require.True(t, ok, "sentinels lists %T, not a variable", e)
							listed = append(listed, id.Name)
						}
					case *ast.CallExpr:
						// var ErrX = errors.New("...")
						if sel, ok := v.Fun.(*ast.SelectorExpr); ok && n.IsExported() && strings.HasPrefix(n.Name, "Err") {
							if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "errors" && sel.Sel.Name == "New" {
								declared = append(declared, n.Name)
							}
						}
					}
				}
			}
		}
	}
	require.NotEmpty(t, listed, "sentinels not found")
	assert.ElementsMatch(t, declared, listed, "sentinels (errors.go) lists every sentinel the package declares")
	assert.Equal(t, listed, sentinelNames[:], "sentinelNames (slog.go) names sentinels (errors.go), in order")
	require.Len(t, sentinelNames, len(sentinels))
	for i, s := range sentinels {
		got := (&Error{Pos: -1, Err: s}).LogValue().Resolve()
		var name string
		for _, a := range got.Group() {
			if a.Key == "sentinel" {
				name = a.Value.String()
			}
		}
		assert.Equal(t, sentinelNames[i], name, "the log of an error that wraps %v", s)
	}
}
