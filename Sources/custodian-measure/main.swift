// Decides a workload in a loop with a synchronous entry point, for valgrind's callgrind
// (Benchmarks/instruction-counts.sh): `custodian-measure WORKLOAD --mode check --decisions N`.
import ArgumentParser
import CustodianCommands

MeasureCommand.main()
