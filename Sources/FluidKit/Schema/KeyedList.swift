/// A small string-keyed map that finds keys by comparing them (after their UTF-8 lengths) in
/// insertion order, with a hashed index only past `indexedCount` entries: schema property
/// tables and unchanged-part records are looked up on every admitted write, and most hold a
/// handful of keys, where hashing each key costs more than comparing a few. One array holds
/// the entries (one allocation per list).
struct KeyedList<Value>: Sequence, ExpressibleByDictionaryLiteral {
  typealias Element = (key: String, value: Value)
  static var indexedCount: Int { 16 }

  private struct Entry {
    var key: String
    var length: Int
    var value: Value
  }

  private var entries: [Entry] = []
  private var index: [String: Int]?

  init() {}

  /// An empty list with room for `minimumCapacity` entries.
  init(minimumCapacity: Int) { entries.reserveCapacity(minimumCapacity) }

  init(dictionaryLiteral elements: (String, Value)...) {
    entries.reserveCapacity(elements.count)
    for (k, v) in elements { self[k] = v }
  }

  var count: Int { entries.count }
  var isEmpty: Bool { entries.isEmpty }

  private func position(of key: String) -> Int? {
    if let index { return index[key] }
    let length = key.utf8.count
    for i in entries.indices where entries[i].length == length && entries[i].key == key { return i }
    return nil
  }

  /// The value of `key`; a new key is appended (removal is not needed by the callers).
  subscript(key: String) -> Value? {
    get { position(of: key).map { entries[$0].value } }
    set {
      guard let newValue else { return }
      if let i = position(of: key) {
        entries[i].value = newValue
        return
      }
      entries.append(Entry(key: key, length: key.utf8.count, value: newValue))
      if index != nil {
        index![key] = entries.count - 1
      } else if entries.count > Self.indexedCount {
        index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
      }
    }
  }

  struct Iterator: IteratorProtocol {
    let list: KeyedList
    var i = 0
    mutating func next() -> Element? {
      guard i < list.entries.count else { return nil }
      defer { i += 1 }
      return (list.entries[i].key, list.entries[i].value)
    }
  }

  func makeIterator() -> Iterator { Iterator(list: self) }
}
