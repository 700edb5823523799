#!/usr/bin/env python3
"""Start-up benchmark for Copydesk (see docs/performance.md, "Start-up").

Measures, from the moment `java` is started, (p) the first picture on the X display (the
launcher's start-up splash, or the window when there is none; the display must hold nothing else),
(a) the main window shown on the X display,
(b) the first page of the newest edition drawn (the edition usable), and (c) the exit of
`copydesk list`. Jars are run interleaved, N times each, on a database prepared once per jar.

(a) is seen from outside: the X server is polled with xdotool for a visible window named
"Copydesk" (works for any build). (b) is the first "drew page" line the preview logs at debug
level (-Dcopydesk.log.level=DEBUG), timestamped as it reaches stderr; with it the CPU time the
process had used by then (all threads, /proc), the figure that holds still on a busy machine.
"""
import argparse, os, shutil, statistics, subprocess, sys, threading, time


def now_ms():
    return time.monotonic() * 1000.0


def run_window(cmd, env, timeout_s):
    t0 = now_ms()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    marks = {}

    def read_stderr():
        for line in proc.stderr:
            if "drew page" in line and "drawn" not in marks:
                marks["drawn"] = now_ms() - t0
                marks["cpu"] = cpu_ms(proc.pid)

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    deadline = t0 + timeout_s * 1000
    while now_ms() < deadline and ("shown" not in marks or "drawn" not in marks):
        if "picture" not in marks:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if found.returncode == 0 and found.stdout.strip():
                marks["picture"] = now_ms() - t0
        if "shown" not in marks:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Copydesk"],
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if found.returncode == 0 and found.stdout.strip():
                marks["shown"] = now_ms() - t0
                marks.setdefault("picture", marks["shown"])
        time.sleep(0.01)
    proc.terminate()
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return marks.get("picture"), marks.get("shown"), marks.get("drawn"), marks.get("cpu")


def cpu_ms(pid):
    """User + system CPU the process has used so far (all its threads), from /proc; steadier than
    wall time on a shared machine, where the wall clock mostly measures waiting for a core."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def run_list(cmd, env, check=True):
    t0 = now_ms()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=check)
    return now_ms() - t0


def summary(values):
    got = [v for v in values if v is not None]
    if not got:
        return "n/a"
    return "median %6.0f ms  min %6.0f ms  (%d/%d runs)" % (statistics.median(got), min(got), len(got), len(values))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--display", default=os.environ.get("DISPLAY", ":87"))
    p.add_argument("--workdir", default="/tmp/copydesk-bench-startup")
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--java-opts", default="", help="extra JVM options for every launch")
    p.add_argument("launcher", nargs="+",
                   help="NAME=JAR (java -jar JAR) or NAME=@SCRIPT (a launcher script taking the app's arguments); "
                        "NAME=JAR@DB or NAME=@SCRIPT@DB opens the existing database DB (the ten-year archive, say) "
                        "instead of a fresh one holding the sample")
    a = p.parse_args()
    env = dict(os.environ, DISPLAY=a.display)
    shutil.rmtree(a.workdir, ignore_errors=True)
    launchers = []
    for spec in a.launcher:
        name, target = spec.split("=", 1)
        db = os.path.join(a.workdir, name + "-db")
        existing = "@" in target[1:]
        if existing:
            target, db = target[0] + target[1:].split("@", 1)[0], target[1:].split("@", 1)[1]
        if target.startswith("@"):
            base = ["bash", target[1:]]
            e = dict(env, JAVA_OPTS=("%s -Dcopydesk.log.level=DEBUG" % a.java_opts).strip())
        else:
            base = ["java"] + a.java_opts.split() + ["-Dcopydesk.log.level=DEBUG", "-jar", target]
            e = env
        # The sample edition and one person (an admin) are made first, unmeasured: every measured start is
        # a warm-disk start on an existing database, opened as that person without the first-run question.
        if not existing:
            run_list(base + ["--db", db, "sample"], e)
        # An existing database may have the person already (a second run): that is fine.
        run_list(base + ["--db", db, "people", "add", "bench", "--role", "admin"], e, check=not existing)
        e = dict(e, COPYDESK_USER="bench")
        run_list(base + ["--db", db, "list"], e)
        # One unmeasured window start too: a launcher that trains its class-data archive does it here.
        run_window(base + ["--db", db], e, a.timeout)
        launchers.append((name, base, db, e))
    results = {name: {"picture": [], "shown": [], "drawn": [], "cpu": [], "list": []} for name, _, _, _ in launchers}
    for i in range(a.runs):
        for name, base, db, e in launchers:
            picture, shown, drawn, cpu = run_window(base + ["--db", db], e, a.timeout)
            listed = run_list(base + ["--db", db, "list"], e)
            r = results[name]
            r["picture"].append(picture); r["shown"].append(shown); r["drawn"].append(drawn); r["cpu"].append(cpu); r["list"].append(listed)
            print("run %d %-10s picture %s ms, window %s ms, page drawn %s ms (CPU %s ms), list %.0f ms" % (
                i + 1, name, "%.0f" % picture if picture else "-", "%.0f" % shown if shown else "-",
                "%.0f" % drawn if drawn else "-", "%.0f" % cpu if cpu else "-", listed), flush=True)
    print("load average: %.2f %.2f %.2f" % os.getloadavg())
    for name, _, _, _ in launchers:
        r = results[name]
        print("%-10s first picture: %s" % (name, summary(r["picture"])))
        print("%-10s window shown: %s" % (name, summary(r["shown"])))
        print("%-10s page drawn:   %s" % (name, summary(r["drawn"])))
        print("%-10s CPU by then:  %s" % (name, summary(r["cpu"])))
        print("%-10s list:         %s" % (name, summary(r["list"])))


if __name__ == "__main__":
    main()
