/// A failure a command reports as one line, `Error: <message>`, with exit status 1 — unlike a
/// `ValidationError`, which is about the command line itself and prints the usage too.
struct CommandError: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) { description = message }
}
