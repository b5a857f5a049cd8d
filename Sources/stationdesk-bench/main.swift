import Foundation
import StationDomain

// stationdesk-bench [DATA_FOLDER]: each area adds one line here calling its own bench file.
let dataFolder = CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath + "/data"
try DomainBench.run(dataFolder: dataFolder)
