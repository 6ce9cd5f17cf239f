import ArgumentParser
import CustodianCommands

CustodianCommand.main()
