import ArgumentParser
import CustodianCommands

/// `custodian-log-bench`: the decision log's scaling and throughput benchmarks
/// (`Benchmarks/log-scale.sh`, `Benchmarks/log-throughput.sh`). Not a product.
@main
struct LogBenchMain: AsyncParsableCommand {
    static let configuration = LogBenchCommand.configuration
}
