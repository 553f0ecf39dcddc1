import dev.cloudtest.it.MotoSeed

def moto = MotoSeed.at(motoEndpoint)
moto.createStack('it-moto-stack', '''{
  "Resources": {"OrdersQueue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "it-moto-orders"}}},
  "Outputs": {
    "QueueUrl": {"Value": {"Ref": "OrdersQueue"}, "Export": {"Name": "queue-url-it-moto-stack"}},
    "QueueName": {"Value": {"Fn::GetAtt": ["OrdersQueue", "QueueName"]}}
  }
}''')
moto.createStack('it-moto-other-stack', '''{
  "Resources": {"OtherQueue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "it-moto-other"}}},
  "Outputs": {"OtherUrl": {"Value": {"Ref": "OtherQueue"}, "Export": {"Name": "queue-url-it-moto-other"}}}
}''')
true
