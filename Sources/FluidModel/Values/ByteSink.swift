/// A growable byte buffer written through a raw pointer: an append is a capacity check and a
/// copy, without an array's uniqueness check and bookkeeping on every byte. One writer owns it;
/// `bytes()` hands what was written over as an array.
struct ByteSink: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  @inline(__always) mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    base[count] = byte
    count += 1
  }

  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let src = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    (base + count).update(from: src, count: bytes.count)
    count += bytes.count
  }

  mutating func append<S: Sequence<UInt8>>(contentsOf bytes: S) {
    for b in bytes { append(b) }
  }

  private mutating func grow(to needed: Int) {
    var c = capacity * 2
    while c < needed { c *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
    bigger.update(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = c
  }

  /// The bytes written, as an array.
  consuming func bytes() -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count > 0 { buffer.baseAddress!.update(from: base, count: count) }
      initialized = count
    }
  }
}
