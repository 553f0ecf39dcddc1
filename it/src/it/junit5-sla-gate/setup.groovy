import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putStack('it-junit5-sla', '''{
  "outputs": [{"OutputKey": "ApiUrl", "OutputValue": "https://api.it-junit5-sla.example/prod"}],
  "resources": [{"LogicalResourceId": "OrdersTable", "PhysicalResourceId": "it-junit5-sla-OrdersTable-1",
                 "ResourceType": "AWS::DynamoDB::Table"}]}''')
true
