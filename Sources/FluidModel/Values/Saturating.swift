extension Int64 {
  /// `d` truncated toward zero and clamped to the int64 range (NaN is 0). Unlike `Int64(d)`,
  /// never traps: use it wherever a double that a user's value fed reaches an integer.
  public init(saturating d: Double) {
    if d.isNaN {
      self = 0
    } else if d >= 9_223_372_036_854_775_808.0 {
      self = .max
    } else if d < -9_223_372_036_854_775_808.0 {
      self = .min
    } else {
      self = Int64(d)
    }
  }
}

extension Int {
  /// `d` truncated toward zero and clamped to the range of Int (NaN is 0); never traps.
  public init(saturating d: Double) { self = Int(truncatingIfNeeded: Int64(saturating: d)) }
}
