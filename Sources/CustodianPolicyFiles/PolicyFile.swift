import Custodian
