import dev.cloudtest.it.MotoSeed

def moto = MotoSeed.at(motoEndpoint)
moto.createStack('it-moto-stack', '''{
  "Resources": {
    "OrdersQueue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "it-moto-orders"}}
  },
  "Outputs": {
    "QueueUrl": {"Value": {"Ref": "OrdersQueue"}, "Export": {"Name": "it-moto-orders-queue-url"}},
    "ApiUrl": {"Value": "https://api.it-moto.example/prod"}
  }
}''')
// Another stack's export: never handed over without a filter.
moto.createStack('it-moto-other', '''{
  "Resources": {"Other": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "it-moto-other"}}},
  "Outputs": {"OtherUrl": {"Value": {"Ref": "Other"}, "Export": {"Name": "someone-elses-export"}}}
}''')
true
