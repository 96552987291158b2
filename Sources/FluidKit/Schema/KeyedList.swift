/// A small string-keyed map that finds keys by comparing them (after their UTF-8 lengths) in
/// insertion order, with a hashed index only past `indexedCount` entries: schema property
/// tables and unchanged-part records are looked up on every admitted write, and most hold a
/// handful of keys, where hashing each key costs more than comparing a few.
struct KeyedList<Value>: Sequence, ExpressibleByDictionaryLiteral {
  typealias Element = (key: String, value: Value)
  static var indexedCount: Int { 16 }

  private(set) var keys: [String] = []
  private(set) var values: [Value] = []
  private var lengths: [Int] = []
  private var index: [String: Int]?

  init() {}

  init(dictionaryLiteral elements: (String, Value)...) {
    for (k, v) in elements { self[k] = v }
  }

  var count: Int { keys.count }
  var isEmpty: Bool { keys.isEmpty }

  private func position(of key: String) -> Int? {
    if let index { return index[key] }
    let length = key.utf8.count
    for i in lengths.indices where lengths[i] == length && keys[i] == key { return i }
    return nil
  }

  /// The value of `key`; a new key is appended (removal is not needed by the callers).
  subscript(key: String) -> Value? {
    get { position(of: key).map { values[$0] } }
    set {
      guard let newValue else { return }
      if let i = position(of: key) {
        values[i] = newValue
        return
      }
      keys.append(key)
      values.append(newValue)
      lengths.append(key.utf8.count)
      if index != nil {
        index![key] = keys.count - 1
      } else if keys.count > Self.indexedCount {
        index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
      }
    }
  }

  struct Iterator: IteratorProtocol {
    let list: KeyedList
    var i = 0
    mutating func next() -> Element? {
      guard i < list.keys.count else { return nil }
      defer { i += 1 }
      return (list.keys[i], list.values[i])
    }
  }

  func makeIterator() -> Iterator { Iterator(list: self) }
}
