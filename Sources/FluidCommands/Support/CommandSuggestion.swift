/// Unknown subcommands, named as such with the closest known one suggested, as kubectl (cobra)
/// does: a known name within two edits of the typed one, or one that starts with it.
enum CommandSuggestion {
  /// The usage error for `word` typed where a subcommand of `parent` (e.g. "fluidctl sim") was
  /// expected, given the names that would have been accepted there.
  static func unknownCommand(_ word: String, parent: String, known: [String]) -> String {
    var text = "unknown command \"\(word)\" for \"\(parent)\""
    if let best = closest(to: word, in: known) { text += "; did you mean \"\(best)\"?" }
    return text
  }

  /// The known name nearest to `word` (at most two edits away, or starting with it), if any.
  static func closest(to word: String, in known: [String]) -> String? {
    let lower = word.lowercased()
    var best: (name: String, distance: Int)?
    for name in known {
      let d = name.hasPrefix(lower) && !lower.isEmpty ? 1 : editDistance(lower, name, limit: 3)
      if d <= 2, best.map({ d < $0.distance }) ?? true { best = (name, d) }
    }
    return best?.name
  }

  /// Levenshtein distance between `a` and `b`, or `limit` when it is at least that (the words
  /// compared are short: command names and what a user typed, capped at 64 characters).
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.unicodeScalars.prefix(64)), y = Array(b.unicodeScalars.prefix(64))
    if abs(x.count - y.count) >= limit { return limit }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...max(x.count, 1) where !x.isEmpty {
      current[0] = i
      for j in 1...max(y.count, 1) where !y.isEmpty {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return min(previous[y.count], limit)
  }
}
