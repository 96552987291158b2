/// The members of a JSON object: unique string keys with their values, kept in the order they
/// were added (a parsed object keeps its document's order).
///
/// Equality and hashing ignore the order, as JSON's do. Objects are small (a Kubernetes object's
/// levels have a handful of members), so a member is found by comparing keys in order; an object
/// that grows past `indexedCount` members keeps a key index as well. This is what makes
/// `object["metadata"]?["name"]` cheap: no key is hashed until an object is large.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
  public typealias Element = (key: String, value: JSONValue)

  @usableFromInline struct Member: Sendable {
    @usableFromInline let key: String
    @usableFromInline var value: JSONValue
    /// The key's UTF-8 length, kept beside it: most keys looked past differ in length.
    @usableFromInline let length: Int
    @inlinable init(key: String, value: JSONValue) {
      self.key = key
      self.value = value
      length = key.utf8.count
    }
  }

  /// Objects with more members than this keep `index`.
  @usableFromInline static let indexedCount = 12

  @usableFromInline var members: ContiguousArray<Member>
  /// The position of each key in `members`; nil while the object is small.
  @usableFromInline var index: [String: Int]?

  public init() {
    members = []
    index = nil
  }

  /// An empty object with room for `minimumCapacity` members.
  public init(minimumCapacity: Int) {
    members = []
    members.reserveCapacity(minimumCapacity)
    index = nil
  }

  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init()
    members.reserveCapacity(elements.count)
    for (k, v) in elements { self[k] = v }
  }

  /// An object with the members of `dictionary`, in key order (so that the result does not
  /// depend on the dictionary's hash seed).
  public init(_ dictionary: [String: JSONValue]) {
    self.init()
    members.reserveCapacity(dictionary.count)
    for k in dictionary.keys.sorted() { append(k, dictionary[k]!) }
  }


  public var count: Int { members.count }
  public var isEmpty: Bool { members.isEmpty }
  /// The keys, in member order.
  public var keys: [String] { members.map(\.key) }
  /// The values, in member order.
  public var values: [JSONValue] { members.map(\.value) }
  /// The members in key order (as writers print them).
  public var sortedByKey: [Element] { members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

  /// The position of `key` in `members`, or nil. Keys of different UTF-8 lengths are told
  /// apart without comparing them (JSON keys are byte strings, as in Go's maps).
  @inlinable func position(of key: String) -> Int? {
    if let index { return index[key] }
    let length = key.utf8.count
    return members.withUnsafeBufferPointer { buffer in
      var i = 0
      while i < buffer.count {
        if buffer[i].length == length && buffer[i].key == key { return i }
        i += 1
      }
      return nil
    }
  }


  /// The value of `key`; setting nil removes the member, setting a new key appends it.
  public subscript(key: String) -> JSONValue? {
    @inlinable get {
      guard let i = position(of: key) else { return nil }
      return members[i].value
    }
    set {
      if let i = position(of: key) {
        if let newValue { members[i].value = newValue } else { remove(at: i) }
      } else if let newValue {
        append(key, newValue)
      }
    }
  }

  public subscript(key: String, default value: @autoclosure () -> JSONValue) -> JSONValue {
    get { self[key] ?? value() }
    set { self[key] = newValue }
  }

  /// Removes `key`'s member and returns its value.
  @discardableResult
  public mutating func removeValue(forKey key: String) -> JSONValue? {
    guard let i = position(of: key) else { return nil }
    let v = members[i].value
    remove(at: i)
    return v
  }

  /// Adds every member of `other`, keeping `combine(mine, theirs)` where both have a key.
  public mutating func merge(_ other: JSONObject, uniquingKeysWith combine: (JSONValue, JSONValue) throws -> JSONValue) rethrows {
    for (k, v) in other { self[k] = try self[k].map { try combine($0, v) } ?? v }
  }


  /// The members for which `isIncluded` holds, in order.
  public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> JSONObject {
    var out = JSONObject()
    for m in members where try isIncluded((m.key, m.value)) { out.append(m.key, m.value) }
    return out
  }

  /// The same keys with transformed values.
  public func mapValues(_ transform: (JSONValue) throws -> JSONValue) rethrows -> JSONObject {
    var out = self
    for i in out.members.indices { out.members[i].value = try transform(out.members[i].value) }
    return out
  }


  /// A dictionary of the keys with transformed values.
  public func mapValues<T>(_ transform: (JSONValue) throws -> T) rethrows -> [String: T] {
    var out = [String: T](minimumCapacity: count)
    for m in members { out[m.key] = try transform(m.value) }
    return out
  }

  /// A dictionary of the keys whose transformed value is not nil.
  public func compactMapValues<T>(_ transform: (JSONValue) throws -> T?) rethrows -> [String: T] {
    var out = [String: T](minimumCapacity: count)
    for m in members {
      if let v = try transform(m.value) { out[m.key] = v }
    }
    return out
  }

  /// Adds a member whose key is known to be absent.
  @usableFromInline mutating func append(_ key: String, _ value: JSONValue) {
    members.append(Member(key: key, value: value))
    if index != nil {
      index![key] = members.count - 1
    } else if members.count > Self.indexedCount {
      rebuildIndex()
    }
  }

  private mutating func remove(at i: Int) {
    members.remove(at: i)
    if index != nil { rebuildIndex() }
  }

  private mutating func rebuildIndex() {
    guard members.count > Self.indexedCount else {
      index = nil
      return
    }
    var ix = [String: Int](minimumCapacity: members.count)
    for (i, m) in members.enumerated() { ix[m.key] = i }
    index = ix
  }

  // MARK: Sequence

  public struct Iterator: IteratorProtocol {
    @usableFromInline var base: ContiguousArray<Member>.Iterator
    @inlinable init(base: ContiguousArray<Member>.Iterator) { self.base = base }
    @inlinable public mutating func next() -> Element? {
      guard let m = base.next() else { return nil }
      return (m.key, m.value)
    }
  }

  @inlinable public func makeIterator() -> Iterator { Iterator(base: members.makeIterator()) }
  public var underestimatedCount: Int { members.count }

  // MARK: Equality and hashing, independent of member order

  public static func == (a: JSONObject, b: JSONObject) -> Bool {
    guard a.members.count == b.members.count else { return false }
    // Copies share their storage until one is changed: an unchanged part of an edited object
    // is the same storage as the original's.
    if a.sharesStorage(with: b) { return true }
    var i = 0
    // Same order (the usual case): compare side by side until the orders part.
    while i < a.members.count, a.members[i].key == b.members[i].key {
      guard a.members[i].value == b.members[i].value else { return false }
      i += 1
    }
    while i < a.members.count {
      guard let j = b.position(of: a.members[i].key), a.members[i].value == b.members[j].value else { return false }
      i += 1
    }
    return true
  }

  /// Whether `self` and `other` are copies of one value that neither changed since.
  @inlinable public func sharesStorage(with other: JSONObject) -> Bool {
    members.withUnsafeBufferPointer { a in other.members.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count } }
  }

  public func hash(into hasher: inout Hasher) {
    var sum = 0
    for m in members {
      var h = Hasher()
      h.combine(m.key)
      h.combine(m.value)
      sum = sum &+ h.finalize()
    }
    hasher.combine(members.count)
    hasher.combine(sum)
  }
}

extension Dictionary where Key == String, Value == JSONValue {
  /// A dictionary of `object`'s members.
  public init(_ object: JSONObject) {
    self.init(minimumCapacity: object.count)
    for (k, v) in object { self[k] = v }
  }
}

extension JSONValue {
  /// An object with the members of `dictionary`, in key order.
  public static func object(_ dictionary: [String: JSONValue]) -> JSONValue { .object(JSONObject(dictionary)) }
}

extension JSONObject: CustomStringConvertible, CustomDebugStringConvertible {
  /// As a dictionary prints: `["key": value, ...]`, members in order.
  public var description: String {
    members.isEmpty ? "[:]" : "[" + members.map { "\(String(reflecting: $0.key)): \(String(reflecting: $0.value))" }.joined(separator: ", ") + "]"
  }
  public var debugDescription: String { description }
}
