// Command browser checks the roster page of the example server in a real
// browser: headless Chromium, driven over the DevTools protocol. It is run
// by scripts/browser-check, which installs Chromium and builds the server.
//
// Usage:
//
//	browser -server PATH [-chromium PATH] [-out DIR]
//
// It starts the server on a free loopback port, reads the members from
// its /members route, and loads /roster?lang=en and /roster?lang=ar. Each
// page fails the check unless its <html> has the right lang and dir, every
// member's name is in its text (the member's current official name in the
// page's language where it has one, its name otherwise), no text overflows
// its box or the viewport, and, on the Arabic page, every word outside a
// name (<bdi>) is Arabic. It writes a screenshot of each page, the whole
// page long, to DIR/roster-LANG.png, and stops the server with SIGTERM,
// which must exit cleanly. It prints nothing when every check passes.
//
// Chromium speaks the protocol over a pipe (--remote-debugging-pipe: file
// descriptors 3 and 4, one JSON message per NUL-terminated record), so the
// check needs no WebSocket client and no module beyond the standard
// library, and it reads the page as the browser laid it out, without
// adding anything to the page.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

func main() {
	server := flag.String("server", "", "`path` of the built example server")
	chromium := flag.String("chromium", "chromium", "`path` of the Chromium binary")
	out := flag.String("out", "docs", "`directory` for the screenshots")
	width := flag.Int("width", 1000, "viewport width in CSS `pixels`")
	flag.Parse()
	if *server == "" {
		fmt.Fprintln(os.Stderr, "browser: -server is required")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := run(ctx, *server, *chromium, *out, *width); err != nil {
		fmt.Fprintln(os.Stderr, "browser-check:", err)
		os.Exit(1)
	}
}

// pages are the pages checked: the language and its direction.
var pages = []struct{ lang, dir string }{{"en", "ltr"}, {"ar", "rtl"}}

func run(ctx context.Context, serverPath, chromium, out string, width int) (err error) {
	srv, base, err := startServer(ctx, serverPath)
	if err != nil {
		return err
	}
	defer func() {
		if serr := srv.stop(); err == nil && serr != nil {
			err = serr
		}
	}()
	members, err := fetchMembers(ctx, base)
	if err != nil {
		return err
	}
	b, err := launch(ctx, chromium)
	if err != nil {
		return err
	}
	defer b.close()
	var failures []string
	for _, p := range pages {
		res, shot, err := b.check(ctx, base+"/roster?lang="+p.lang, width)
		if err != nil {
			return fmt.Errorf("%s page: %w", p.lang, err)
		}
		for _, f := range judge(res, p.lang, p.dir, members) {
			failures = append(failures, p.lang+": "+f)
		}
		if err := os.WriteFile(filepath.Join(out, "roster-"+p.lang+".png"), shot, 0o644); err != nil {
			return err
		}
	}
	if len(failures) > 0 {
		return errors.New("the roster page fails its checks:\n  " + strings.Join(failures, "\n  "))
	}
	return nil
}

// server is the example server, running.
type server struct {
	cmd  *exec.Cmd
	done chan error
	log  *bytes.Buffer
	mu   *sync.Mutex
}

var listening = regexp.MustCompile(`msg=listening addr=(127\.0\.0\.1:\d+)`)

// startServer starts the server on a free loopback port, which it reads
// from the server's log.
func startServer(ctx context.Context, path string) (*server, string, error) {
	cmd := exec.CommandContext(ctx, path, "-addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	s := &server{cmd: cmd, done: make(chan error, 1), log: &bytes.Buffer{}, mu: &sync.Mutex{}}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.mu.Lock()
			s.log.WriteString(sc.Text() + "\n")
			s.mu.Unlock()
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case addr <- m[1]:
				default:
				}
			}
		}
		s.done <- cmd.Wait()
	}()
	select {
	case a := <-addr:
		return s, "http://" + a, nil
	case err := <-s.done:
		return nil, "", fmt.Errorf("the server exited before listening: %v\n%s", err, s.log)
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		return nil, "", fmt.Errorf("the server did not say where it listens within 30s\n%s", s.log)
	}
}

// stop sends SIGTERM and checks that the server shuts down cleanly.
func (s *server) stop() error {
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	select {
	case err := <-s.done:
		s.mu.Lock()
		defer s.mu.Unlock()
		if err != nil {
			return fmt.Errorf("the server did not exit cleanly on SIGTERM: %v\n%s", err, s.log)
		}
		if !strings.Contains(s.log.String(), "msg=stopped") {
			return fmt.Errorf("the server did not log its shutdown\n%s", s.log)
		}
		return nil
	case <-time.After(20 * time.Second):
		s.cmd.Process.Kill()
		return errors.New("the server did not stop within 20s of SIGTERM")
	}
}

// A member is what the check needs of /members: its names.
type member struct {
	Name        string
	Memberships []struct{ Period string }
	Names       []struct{ Text, Lang, Kind, Period string }
}

func fetchMembers(ctx context.Context, base string) ([]member, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", base+"/members", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("/members: %s", resp.Status)
	}
	var v struct{ Members []member }
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return nil, fmt.Errorf("/members: %w", err)
	}
	if len(v.Members) == 0 {
		return nil, errors.New("/members lists no member")
	}
	return v.Members, nil
}

// nameIn is the name a page in language lang shows for m: its current
// official name in lang, or its name.
func (m member) nameIn(lang string) string {
	for _, n := range m.Names {
		base, _, _ := strings.Cut(n.Lang, "-")
		if n.Kind == "official" && base == lang && (n.Period == "" || strings.HasSuffix(n.Period, "/..")) {
			return n.Text
		}
	}
	return m.Name
}

// result is what the page script reports of a page.
type result struct {
	Lang, Dir string
	Text      string   // the page's text, as laid out (innerText)
	Outside   string   // the text outside <bdi> elements
	Overflows []string // boxes whose text overflows them
}

func judge(r result, lang, dir string, members []member) []string {
	var fs []string
	if r.Lang != lang {
		fs = append(fs, fmt.Sprintf("<html lang=%q>, want %q", r.Lang, lang))
	}
	if r.Dir != dir {
		fs = append(fs, fmt.Sprintf("<html dir=%q>, want %q", r.Dir, dir))
	}
	for _, m := range members {
		if name := m.nameIn(lang); !strings.Contains(r.Text, name) {
			fs = append(fs, fmt.Sprintf("the member %q is not on the page", name))
		}
	}
	for _, o := range r.Overflows {
		fs = append(fs, "overflow: "+o)
	}
	if dir == "rtl" {
		if latin := regexp.MustCompile(`[A-Za-z]+`).FindAllString(r.Outside, -1); len(latin) > 0 {
			fs = append(fs, fmt.Sprintf("Latin words outside names on the %s page: %q", lang, latin))
		}
	}
	return fs
}

// pageScript reports the page's lang and dir, its text, and every box
// whose content overflows it: an element whose content is wider or taller
// than its box (where the box lets it show), and a line of text that
// reaches outside the block that holds it or outside the viewport.
const pageScript = `(() => {
  const html = document.documentElement;
  const vw = html.clientWidth;
  const overflows = [];
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    if (el.className) s += "." + String(el.className).split(" ").join(".");
    return s + " " + JSON.stringify((el.textContent || "").trim().slice(0, 60));
  };
  if (html.scrollWidth > vw) overflows.push("the page is " + html.scrollWidth + "px wide in a " + vw + "px viewport");
  for (const el of document.body.querySelectorAll("*")) {
    const cs = getComputedStyle(el);
    if (cs.display === "inline" || cs.display === "none" || cs.display === "contents") continue;
    if (cs.display.startsWith("table") && cs.display !== "table-cell" && cs.display !== "table") continue;
    if (cs.overflowX === "visible" && el.scrollWidth > el.clientWidth + 1)
      overflows.push(describe(el) + ": content " + el.scrollWidth + "px wide in a " + el.clientWidth + "px box");
    if (cs.overflowY === "visible" && el.scrollHeight > el.clientHeight + 1)
      overflows.push(describe(el) + ": content " + el.scrollHeight + "px tall in a " + el.clientHeight + "px box");
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    let box = n.parentElement;
    while (box && getComputedStyle(box).display === "inline") box = box.parentElement;
    const b = box.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      if (r.left < b.left - 1 || r.right > b.right + 1 || r.left < -1 || r.right > vw + 1)
        overflows.push(describe(box) + ": the text " + JSON.stringify(n.textContent.trim().slice(0, 40)) + " reaches outside its box");
    }
  }
  const clone = document.body.cloneNode(true);
  for (const bdi of clone.querySelectorAll("bdi")) bdi.remove();
  return JSON.stringify({lang: html.lang, dir: html.dir, text: document.body.innerText, outside: clone.textContent, overflows});
})()`

// browser is Chromium, driven over the DevTools protocol on a pipe.
type browser struct {
	cmd     *exec.Cmd
	w       io.WriteCloser
	dir     string
	mu      sync.Mutex
	next    int
	replies map[int]chan reply
	stderr  *bytes.Buffer
}

type reply struct {
	Result json.RawMessage
	Error  *struct {
		Code    int
		Message string
	}
}

func launch(ctx context.Context, chromium string) (*browser, error) {
	dir, err := os.MkdirTemp("", "browser-check-")
	if err != nil {
		return nil, err
	}
	toChrome, ours, err := os.Pipe() // Chromium reads fd 3
	if err != nil {
		return nil, err
	}
	theirs, fromChrome, err := os.Pipe() // Chromium writes fd 4
	if err != nil {
		return nil, err
	}
	// The flags keep Chromium off the network, which is closed here:
	// without them it tries Google's hosts at every start.
	cmd := exec.CommandContext(ctx, chromium,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
		"--force-device-scale-factor=1", "--user-data-dir="+dir, "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome}
	b := &browser{cmd: cmd, w: ours, dir: dir, replies: map[int]chan reply{}, stderr: &bytes.Buffer{}}
	cmd.Stderr = b.stderr
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	toChrome.Close()
	fromChrome.Close()
	go b.read(theirs)
	return b, nil
}

// read dispatches Chromium's replies to the calls waiting for them; events
// are not needed and are dropped.
func (b *browser) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		msg, err := br.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			for id, ch := range b.replies {
				close(ch)
				delete(b.replies, id)
			}
			b.mu.Unlock()
			return
		}
		var m struct {
			ID int
			reply
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil || m.ID == 0 {
			continue
		}
		b.mu.Lock()
		ch := b.replies[m.ID]
		delete(b.replies, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m.reply
		}
	}
}

// call sends a command (to a page's session, where session is not empty)
// and decodes its result into out.
func (b *browser) call(ctx context.Context, session, method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan reply, 1)
	b.replies[id] = ch
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err == nil {
		_, err = b.w.Write(append(data, 0))
	}
	b.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: Chromium closed the pipe\n%s", method, b.stderr)
		}
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// eval evaluates a JavaScript expression in the page, awaiting a promise,
// and returns its value.
func (b *browser) eval(ctx context.Context, session, expr string, out any) error {
	var r struct {
		Result           struct{ Value json.RawMessage }
		ExceptionDetails *struct{ Text string }
	}
	err := b.call(ctx, session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &r)
	if err != nil {
		return err
	}
	if r.ExceptionDetails != nil {
		return fmt.Errorf("script: %s", r.ExceptionDetails.Text)
	}
	return json.Unmarshal(r.Result.Value, out)
}

// check loads url in a new tab of the given width, waits for it and its
// fonts, runs pageScript and takes a screenshot of the whole page.
func (b *browser) check(ctx context.Context, url string, width int) (result, []byte, error) {
	var res result
	var target struct{ TargetID string }
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return res, nil, err
	}
	var att struct{ SessionID string }
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att); err != nil {
		return res, nil, err
	}
	s := att.SessionID
	metrics := func(height int) error {
		return b.call(ctx, s, "Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}, nil)
	}
	if err := metrics(800); err != nil {
		return res, nil, err
	}
	var nav struct{ ErrorText string }
	if err := b.call(ctx, s, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return res, nil, err
	}
	if nav.ErrorText != "" {
		return res, nil, fmt.Errorf("loading %s: %s", url, nav.ErrorText)
	}
	for {
		var state string
		if err := b.eval(ctx, s, `document.readyState === "complete" ? document.fonts.ready.then(() => "ready") : "loading"`, &state); err != nil {
			return res, nil, err
		}
		if state == "ready" {
			break
		}
		select {
		case <-ctx.Done():
			return res, nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	var height int
	if err := b.eval(ctx, s, `Math.ceil(document.documentElement.scrollHeight)`, &height); err != nil {
		return res, nil, err
	}
	// The viewport as tall as the page: the screenshot shows it whole, and
	// the checks see every box laid out at the width the page is read at.
	if err := metrics(height); err != nil {
		return res, nil, err
	}
	var raw string
	if err := b.eval(ctx, s, pageScript, &raw); err != nil {
		return res, nil, err
	}
	if err := json.Unmarshal([]byte(raw), &res); err != nil {
		return res, nil, err
	}
	var shot struct{ Data string }
	if err := b.call(ctx, s, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot); err != nil {
		return res, nil, err
	}
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		return res, nil, err
	}
	b.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": target.TargetID}, nil)
	return res, png, nil
}

func (b *browser) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	b.call(ctx, "", "Browser.close", map[string]any{}, nil)
	done := make(chan struct{})
	go func() { b.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		b.cmd.Process.Kill()
		<-done
	}
	b.w.Close()
	os.RemoveAll(b.dir)
}
