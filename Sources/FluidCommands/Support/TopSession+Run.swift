import FluidDashboard
import FluidKit
import FluidModel
import FluidSimulator
import FluidTUI
import Foundation

extension TopSession {
  // MARK: - Snapshots

  /// `top --once`: waits for every informer's first list, reads every worker's metrics, prints.
  func printSnapshot(_ format: OutputFormat) async throws {
    startInformers(retrying: false)
    defer { stopInformers() }
    try await waitForSync()
    var s = newState(width: 80, height: 24, environment: ctx.environment)
    await tick(&s)
    _ = Dashboard.reduce(&s, await readMetrics(Self.metricTargets(s, s.visibleRows)))
    emit(s, format, stream: false)
  }

  /// A snapshot every interval until interrupted (stdout is not a terminal, or -o json|yaml).
  func printSnapshots(_ format: OutputFormat) async throws {
    startInformers(retrying: false)
    defer { stopInformers() }
    try await waitForSync()
    var s = newState(width: 80, height: 24, environment: ctx.environment)
    var first = true
    while !Task.isCancelled {
      try checkFailure()
      await tick(&s)
      _ = Dashboard.reduce(&s, await readMetrics(Self.metricTargets(s, s.visibleRows)))
      if !first, format == .table { ctx.stdout.write("\n") }
      emit(s, format, stream: true)
      first = false
      try await Task.sleep(for: .milliseconds(Int(interval * 1000)))
    }
  }

  /// Prints a snapshot: JSON on one line when streaming (NDJSON), YAML documents after `---`.
  func emit(_ s: DashboardState, _ format: OutputFormat, stream: Bool) {
    let doc = DashboardSnapshot.json(s)
    switch format {
    case .json: ctx.stdout.line(stream ? JSONWriter.compact(doc) : JSONWriter.pretty(doc))
    case .yaml: ctx.stdout.write((stream ? "---\n" : "") + YAMLWriter.write(doc))
    default:
      var header = "\(s.context)  \(Timestamps.format(s.now))"
      if s.simulated { header += " (simulated)" }
      ctx.stdout.write(header + "\n" + DashboardSnapshot.table(s))
    }
    ctx.stdout.flush()
  }

  // MARK: - The screen

  /// The interactive dashboard: runs until q, ctrl-c or SIGTERM; restores the terminal. The
  /// screen loop owns the terminal on a thread of its own (curses blocks while it waits for a
  /// key); a ticker posts the cluster's time every interval, which also applies the informers'
  /// latest caches.
  func runScreen() async throws {
    let terminate = SignalFlag.install([SIGTERM, SIGHUP])
    startInformers()
    defer { stopInformers() }
    let ticker = Task { [self] in
      while !Task.isCancelled {
        let (now, simulated, note) = await clusterTime()
        post(.tick(now: now, simulated: simulated, clockNote: note))
        try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
      }
    }
    defer { ticker.cancel() }
    try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
      let thread = Thread { [self] in
        do {
          let screen = try Screen(color: color)
          screenLoop(screen, terminate)
          screen.stop()
          done.resume()
        } catch {
          done.resume(throwing: FluidError.local("\(error)"))
        }
      }
      thread.name = "fluidctl-top"
      thread.start()
    }
  }

  func screenLoop(_ screen: Screen, _ terminate: SignalFlag) {
    let size = screen.size
    var s = newState(width: size.width, height: size.height, environment: ctx.environment)
    var dirty = true
    while !s.quit, !terminate.isSet {
      var events = drain(stores: false)
      if events.contains(where: { if case .tick = $0 { return true } else { return false } }) {
        // The interval passed: take the informers' latest caches first, then the tick.
        events = drain(stores: true).filter { if case .changes = $0 { return true } else { return false } } + events
        if s.view == .datasets, let row = s.selectedRow { refreshMetrics(Self.metricTargets(s, [row])) }
        if case .detail(let key) = s.view, let row = s.row(key) {
          refreshMetrics(Self.metricTargets(s, [row]))
        }
      }
      for e in events { _ = Dashboard.reduce(&s, e) }
      if !events.isEmpty { dirty = true }
      if dirty {
        screen.draw(Dashboard.render(s))
        dirty = false
      }
      // Keys are read in short slices so that posted results show within 50 ms.
      guard let key = screen.read(milliseconds: 50) else { continue }
      if key == .resize {
        let size = screen.size
        _ = Dashboard.reduce(&s, .resize(width: size.width, height: size.height))
      }
      for effect in Dashboard.reduce(&s, .key(key)) { perform(effect, &s) }
      dirty = true
    }
  }

  /// Carries out what the reducer asked for; results come back as posted events.
  func perform(_ effect: Effect, _ s: inout DashboardState) {
    switch effect {
    case .quit: return
    case .switchNamespace(let ns):
      stopInformers()
      namespace = ns
      s.data = DashboardData()
      startInformers()
    case .clockFaster, .clockSlower, .clockStep: changeClock(effect)
    case .describe(let key), .yaml(let key):
      Task { [self] in
        do {
          let d = DashboardKinds.dataset
          let obj = try await client.get(d, namespace: key.namespace, name: key.name)
          let shown = ObjectPrinter.forDisplay(obj)
          if effect == .yaml(key) {
            post(.showText(title: "YAML of dataset \(key.namespace)/\(key.name)", body: YAMLWriter.write(shown)))
          } else {
            let text = try await ObjectDescriber(client: client, descriptor: d, object: shown, secretSizes: [:], now: try await client.currentTime()).render()
            post(.showText(title: "describe dataset \(key.namespace)/\(key.name)", body: text))
          }
        } catch {
          post(.message(TerminalText.escape(ErrorPresenter.message(error)), error: true))
        }
      }
    case .perform(let action):
      guard !readonly else { return }
      Task { [self] in
        do { post(.message(try await run(action), error: false)) } catch {
          post(.message(TerminalText.escape(ErrorPresenter.message(error)), error: true))
        }
      }
    }
  }

  func run(_ action: Action) async throws -> String {
    switch action {
    case .startLoad(let key):
      let dl = DataLoad.descriptor
      let created = try await client.create(dl, namespace: key.namespace, object: Load.manifest(dataset: key.name, namespace: key.namespace), options: WriteOptions())
      return "\(dl.qualifiedSingular)/\(created["metadata"]?["name"]?.stringValue ?? "") created"
    case .scale(let plural, let key, _, let to):
      guard let d = ResourceRegistry.standard.resolve(plural) else { throw FluidError.unknownResource(plural) }
      _ = try await client.patch(d, namespace: key.namespace, name: key.name, mergePatch: ["spec": ["replicas": .int(to)]], subresource: nil, options: WriteOptions())
      return "\(d.qualifiedSingular)/\(key.name) scaled to \(to)"
    case .deleteDataset(let key):
      let d = DashboardKinds.dataset
      let left = try await client.delete(d, namespace: key.namespace, name: key.name, options: DeleteOptions())
      return "\(d.qualifiedSingular)/\(key.name) deleted" + (left == nil ? "" : " (waiting for its finalizers)")
    }
  }

  /// `]` doubles and `[` halves the embedded cluster's clock speed; `.` advances a manual clock 10 s.
  func changeClock(_ effect: Effect) {
    guard let cluster = client as? EmbeddedCluster else { return }
    do {
      let c = try cluster.updateClock { c, wall in
        switch effect {
        case .clockFaster: c.setSpeed(min(1e6, c.speed * 2), wall: wall)
        case .clockSlower: c.setSpeed(max(1.0 / 64, c.speed / 2), wall: wall)
        default: if c.mode == .manual { c.advance(10, wall: wall) }
        }
      }
      if effect == .clockStep, c.mode != .manual {
        post(.message("'.' steps a manual clock; this one follows the wall clock ([ and ] change its speed)", error: true))
      } else {
        post(.message(effect == .clockStep ? "advanced 10s" : "clock speed x\(FluidFormat.fixed(c.speed, decimals: 2))", error: false))
      }
    } catch {
      post(.message(TerminalText.escape(ErrorPresenter.message(error)), error: true))
    }
  }
}

/// Set once any of the given signals arrives (they no longer end the process).
final class SignalFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var set = false
  var isSet: Bool { lock.withLock { set } }

  static func install(_ signals: [Int32]) -> SignalFlag {
    let flag = SignalFlag()
    var sources: [any DispatchSourceSignal] = []
    for sig in signals {
      signal(sig, SIG_IGN)
      let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      s.setEventHandler { flag.lock.withLock { flag.set = true } }
      s.resume()
      sources.append(s)
    }
    SignalSources.keep(sources)
    return flag
  }
}
