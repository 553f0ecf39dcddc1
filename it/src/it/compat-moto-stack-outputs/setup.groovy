import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto-stack', 'moto')
aws.accessKeyDialect('AKIDCOMPATMOTOSTACK', 'moto')
// 121 resources: AWS would page ListStackResources by 100, moto answers them all at once.
def queues = (0..<120).collect { i ->
    """{"LogicalResourceId": "Queue$i", "PhysicalResourceId": "it-compat-moto-q-$i",
        "ResourceType": "AWS::SQS::Queue", "ResourceStatus": "UPDATE_IN_PROGRESS"}"""
}.join(',')
aws.putStack('it-compat-moto-stack', """{
  "outputs": [{"OutputKey": "ApiUrl", "OutputValue": "https://api.it-compat-moto.example/prod"},
              {"OutputKey": "TableName", "OutputValue": "orders-it-compat-moto",
               "ExportName": "table-name-it-compat-moto-stack"}],
  "resources": [{"LogicalResourceId": "OrdersTable", "PhysicalResourceId": "it-compat-moto-OrdersTable-1",
                 "ResourceType": "AWS::DynamoDB::Table"}, $queues]}""")
true
