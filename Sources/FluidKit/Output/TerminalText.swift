/// Text from a cluster or a user made safe for a terminal: control characters (C0 but tab and,
/// when kept, newline; DEL; C1) are written as Go-style escapes (`\x1b`, `\u009b`), so a name
/// or a message can never move the cursor, recolour the screen or retitle the window.
public enum TerminalText {
  public static func escape(_ s: String, keepingNewlines: Bool = false) -> String {
    func unsafe(_ u: Unicode.Scalar) -> Bool {
      (u.value < 0x20 && u != "\t" && !(keepingNewlines && u == "\n")) || (u.value >= 0x7f && u.value <= 0x9f)
    }
    guard s.unicodeScalars.contains(where: unsafe) else { return s }
    var out = ""
    for u in s.unicodeScalars {
      guard unsafe(u) else {
        out.unicodeScalars.append(u)
        continue
      }
      let hex = String(u.value, radix: 16)
      out += u.value < 0x80 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u00" + hex
    }
    return out
  }
}
